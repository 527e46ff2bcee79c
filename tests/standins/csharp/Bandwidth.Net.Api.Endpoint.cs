// TEST STAND-IN -- part of the stand-in for the NuGet package `Bandwidth.Net` 4.1.2 (see
// Bandwidth.Net.cs); NOT the real library. Endpoints of a domain: /v1/users/{userId}/domains/{domainId}/endpoints.
// CreateAsync takes the domain id from data.DomainId (and also sends it in the body).
// Written from a reading of src/Bandwidth.Net/Api/Endpoint.cs at 4.1.2; none of its code is copied.

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
  public interface IEndpoint
  {
    IEnumerable<Endpoint> List(string domainId, EndpointQuery query = null, CancellationToken? cancellationToken = null);
    Task<string> CreateAsync(CreateEndpointData data, CancellationToken? cancellationToken = null);
    Task<Endpoint> GetAsync(string domainId, string endpointId, CancellationToken? cancellationToken = null);
    Task UpdateAsync(string domainId, string endpointId, UpdateEndpointData data,
      CancellationToken? cancellationToken = null);
    Task DeleteAsync(string domainId, string endpointId, CancellationToken? cancellationToken = null);
    Task<EndpointAuthToken> CreateAuthTokenAsync(string domainId, string endpointId, CreateAuthTokenData data = null,
      CancellationToken? cancellationToken = null);
  }

  internal class EndpointApi : ApiBase, IEndpoint
  {
    private string Path(string domainId, string rest = "")
    {
      return $"/users/{Client.UserId}/domains/{domainId}/endpoints" + rest;
    }

    public IEnumerable<Endpoint> List(string domainId, EndpointQuery query = null,
      CancellationToken? cancellationToken = null)
    {
      return new LazyEnumerable<Endpoint>(Client,
        () => Client.MakeJsonRequestAsync(HttpMethod.Get, Path(domainId), cancellationToken, query));
    }

    public Task<string> CreateAsync(CreateEndpointData data, CancellationToken? cancellationToken = null)
    {
      return Client.MakePostJsonRequestAsync(Path(data.DomainId), cancellationToken, data);
    }

    public Task<Endpoint> GetAsync(string domainId, string endpointId, CancellationToken? cancellationToken = null)
    {
      return Client.MakeJsonRequestAsync<Endpoint>(HttpMethod.Get, Path(domainId, $"/{endpointId}"), cancellationToken);
    }

    public Task UpdateAsync(string domainId, string endpointId, UpdateEndpointData data,
      CancellationToken? cancellationToken = null)
    {
      return Client.MakeJsonRequestWithoutResponseAsync(HttpMethod.Post, Path(domainId, $"/{endpointId}"),
        cancellationToken, null, data);
    }

    public Task DeleteAsync(string domainId, string endpointId, CancellationToken? cancellationToken = null)
    {
      return Client.MakeJsonRequestWithoutResponseAsync(HttpMethod.Delete, Path(domainId, $"/{endpointId}"),
        cancellationToken);
    }

    /// <summary>POST .../tokens with data (no body at all when data is null); returns the answer.</summary>
    public Task<EndpointAuthToken> CreateAuthTokenAsync(string domainId, string endpointId,
      CreateAuthTokenData data = null, CancellationToken? cancellationToken = null)
    {
      return Client.MakeJsonRequestAsync<EndpointAuthToken>(HttpMethod.Post, Path(domainId, $"/{endpointId}/tokens"),
        cancellationToken, null, data);
    }
  }

  public class Endpoint
  {
    public string Id { get; set; }
    public string Name { get; set; }
    public string Description { get; set; }
    public string DomainId { get; set; }
    public string ApplicationId { get; set; }
    public bool Enabled { get; set; }
    public string SipUri { get; set; }
    public EndpointCredentials Credentials { get; set; }
  }

  public class EndpointCredentials
  {
    public string Realm { get; set; }
    [WireName("username")]
    public string UserName { get; set; }
  }

  public class EndpointQuery
  {
    public int? Size { get; set; }
  }

  public class CreateEndpointData
  {
    public string Name { get; set; }
    public string Description { get; set; }
    public string DomainId { get; set; }
    public string ApplicationId { get; set; }
    public CreateEndpointCredentials Credentials { get; set; }
  }

  public class UpdateEndpointData
  {
    public string Description { get; set; }
    public string ApplicationId { get; set; }
    public bool? Enabled { get; set; }
    public UpdateEndpointCredentials Credentials { get; set; }
  }

  public class EndpointAuthToken
  {
    public string Token { get; set; }
    public int Expires { get; set; }
  }

  public class CreateAuthTokenData
  {
    public int Expires { get; set; }
  }

  public class CreateEndpointCredentials
  {
    public string Password { get; set; }
  }

  public class UpdateEndpointCredentials : CreateEndpointCredentials
  {
  }
}
