// TEST STAND-IN -- part of the stand-in for the NuGet package `Bandwidth.Net` 4.1.2 (see
// Bandwidth.Net.cs); NOT the real library. Applications: /v1/users/{userId}/applications.
// Written from a reading of src/Bandwidth.Net/Api/Application.cs at 4.1.2; none of its code is copied.

using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Bandwidth.Net.Api
{
  public interface IApplication
  {
    IEnumerable<Application> List(ApplicationQuery query = null, CancellationToken? cancellationToken = null);
    Task<string> CreateAsync(CreateApplicationData data, CancellationToken? cancellationToken = null);
    Task<Application> GetAsync(string applicationId, CancellationToken? cancellationToken = null);
    Task UpdateAsync(string applicationId, UpdateApplicationData data, CancellationToken? cancellationToken = null);
    Task DeleteAsync(string applicationId, CancellationToken? cancellationToken = null);
  }

  internal class ApplicationApi : ApiBase, IApplication
  {
    private string Path(string id = null)
    {
      return $"/users/{Client.UserId}/applications" + (id == null ? "" : "/" + id);
    }

    public IEnumerable<Application> List(ApplicationQuery query = null, CancellationToken? cancellationToken = null)
    {
      return new LazyEnumerable<Application>(Client,
        () => Client.MakeJsonRequestAsync(HttpMethod.Get, Path(), cancellationToken, query));
    }

    public Task<string> CreateAsync(CreateApplicationData data, CancellationToken? cancellationToken = null)
    {
      return Client.MakePostJsonRequestAsync(Path(), cancellationToken, data);
    }

    public Task<Application> GetAsync(string applicationId, CancellationToken? cancellationToken = null)
    {
      return Client.MakeJsonRequestAsync<Application>(HttpMethod.Get, Path(applicationId), cancellationToken);
    }

    public Task UpdateAsync(string applicationId, UpdateApplicationData data, CancellationToken? cancellationToken = null)
    {
      return Client.MakeJsonRequestWithoutResponseAsync(HttpMethod.Post, Path(applicationId), cancellationToken, null, data);
    }

    public Task DeleteAsync(string applicationId, CancellationToken? cancellationToken = null)
    {
      return Client.MakeJsonRequestWithoutResponseAsync(HttpMethod.Delete, Path(applicationId), cancellationToken);
    }
  }

  public class Application
  {
    public string Id { get; set; }
    public string Name { get; set; }
    public string IncomingCallUrl { get; set; }
    public int IncomingCallUrlCallbackTimeout { get; set; }
    public string IncomingCallFallbackUrl { get; set; }
    public string IncomingMessageUrl { get; set; }
    public int IncomingMessageUrlCallbackTimeout { get; set; }
    public string IncomingMessageFallbackUrl { get; set; }
    public CallbackHttpMethod CallbackHttpMethod { get; set; }
    public bool AutoAnswer { get; set; }
    public string MessageApiVersion { get; set; }
  }

  /// <summary>Bandwidth.Net 4.x has Size only (no Page).</summary>
  public class ApplicationQuery
  {
    public int? Size { get; set; }
  }

  public class CreateApplicationData
  {
    public string Name { get; set; }
    public string IncomingCallUrl { get; set; }
    public int? IncomingCallUrlCallbackTimeout { get; set; }
    public string IncomingCallFallbackUrl { get; set; }
    public string IncomingMessageUrl { get; set; }
    public int? IncomingMessageUrlCallbackTimeout { get; set; }
    public string IncomingMessageFallbackUrl { get; set; }
    public CallbackHttpMethod? CallbackHttpMethod { get; set; }
    public bool? AutoAnswer { get; set; }
    public string MessageApiVersion { get; set; }
  }

  public class UpdateApplicationData : CreateApplicationData
  {
  }

  /// <summary>Sent as "post" / "get".</summary>
  public enum CallbackHttpMethod
  {
    Post,
    Get
  }
}
