// TEST STAND-IN -- part of the stand-in for the NuGet package `Bandwidth.Net` 4.1.2 (see
// Bandwidth.Net.cs); NOT the real library. Errors: /v1/users/{userId}/errors.
// Written from a reading of src/Bandwidth.Net/Api/Error.cs at 4.1.2; none of its code is copied.

using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Bandwidth.Net.Api
{
  public interface IError
  {
    IEnumerable<Error> List(ErrorQuery query = null, CancellationToken? cancellationToken = null);
    Task<Error> GetAsync(string errorId, CancellationToken? cancellationToken = null);
  }

  internal class ErrorApi : ApiBase, IError
  {
    public IEnumerable<Error> List(ErrorQuery query = null, CancellationToken? cancellationToken = null)
    {
      return new LazyEnumerable<Error>(Client,
        () => Client.MakeJsonRequestAsync(HttpMethod.Get, $"/users/{Client.UserId}/errors", cancellationToken, query));
    }

    public Task<Error> GetAsync(string errorId, CancellationToken? cancellationToken = null)
    {
      return Client.MakeJsonRequestAsync<Error>(HttpMethod.Get, $"/users/{Client.UserId}/errors/{errorId}",
        cancellationToken);
    }
  }

  public class Error
  {
    public string Id { get; set; }
    public DateTime Time { get; set; }
    public ErrorCategory Category { get; set; }
    public string Code { get; set; }
    public string Message { get; set; }
    public ErrorDetail[] Details { get; set; }
  }

  public enum ErrorCategory
  {
    Authentication,
    Authorization,
    NotFound,
    BadRequest,
    Conflict,
    Unavailable,
    Credit,
    Limit,
    Payment,
    Forbidden
  }

  public class ErrorQuery
  {
    public int? Size { get; set; }
  }

  public class ErrorDetail
  {
    public string Name { get; set; }
    public string Value { get; set; }
  }
}
