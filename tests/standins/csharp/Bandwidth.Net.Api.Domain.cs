// TEST STAND-IN -- part of the stand-in for the NuGet package `Bandwidth.Net` 4.1.2 (see
// Bandwidth.Net.cs); NOT the real library. Domains: /v1/users/{userId}/domains. DomainQuery.Size is a
// non-nullable int, so List always sends size= (size=0 when unset).
// Written from a reading of src/Bandwidth.Net/Api/Domain.cs at 4.1.2; none of its code is copied.

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Bandwidth.Net.Api
{
  public interface IDomain
  {
    IEnumerable<Domain> List(DomainQuery query = null, CancellationToken? cancellationToken = null);
    Task<string> CreateAsync(CreateDomainData data, CancellationToken? cancellationToken = null);
    Task DeleteAsync(string domainId, CancellationToken? cancellationToken = null);
  }

  internal class DomainApi : ApiBase, IDomain
  {
    public IEnumerable<Domain> List(DomainQuery query = null, CancellationToken? cancellationToken = null)
    {
      return new LazyEnumerable<Domain>(Client,
        () => Client.MakeJsonRequestAsync(HttpMethod.Get, $"/users/{Client.UserId}/domains", cancellationToken, query));
    }

    public Task<string> CreateAsync(CreateDomainData data, CancellationToken? cancellationToken = null)
    {
      return Client.MakePostJsonRequestAsync($"/users/{Client.UserId}/domains", cancellationToken, data);
    }

    public Task DeleteAsync(string domainId, CancellationToken? cancellationToken = null)
    {
      return Client.MakeJsonRequestWithoutResponseAsync(HttpMethod.Delete, $"/users/{Client.UserId}/domains/{domainId}",
        cancellationToken);
    }
  }

  public class Domain
  {
    public string Id { get; set; }
    public string Name { get; set; }
    public string Description { get; set; }
  }

  public class CreateDomainData
  {
    public string Name { get; set; }
    public string Description { get; set; }
  }

  public class DomainQuery
  {
    public int Size { get; set; }
  }
}
