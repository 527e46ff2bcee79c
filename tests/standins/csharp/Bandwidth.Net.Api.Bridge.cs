// TEST STAND-IN -- part of the stand-in for the NuGet package `Bandwidth.Net` 4.1.2 (see
// Bandwidth.Net.cs); NOT the real library. Bridges: /v1/users/{userId}/bridges.
// Written from a reading of src/Bandwidth.Net/Api/Bridge.cs at 4.1.2; none of its code is copied.

using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Bandwidth.Net.Api
{
  public interface IBridge : IPlayAudio
  {
    IEnumerable<Bridge> List(BridgeQuery query = null, CancellationToken? cancellationToken = null);
    Task<string> CreateAsync(CreateBridgeData data, CancellationToken? cancellationToken = null);
    Task<Bridge> GetAsync(string bridgeId, CancellationToken? cancellationToken = null);
    Task UpdateAsync(string bridgeId, UpdateBridgeData data, CancellationToken? cancellationToken = null);
    IEnumerable<Call> GetCalls(string bridgeId, CancellationToken? cancellationToken = null);
  }

  internal class BridgeApi : ApiBase, IBridge
  {
    private string Path(string rest = "")
    {
      return $"/users/{Client.UserId}/bridges" + rest;
    }

    public IEnumerable<Bridge> List(BridgeQuery query = null, CancellationToken? cancellationToken = null)
    {
      return new LazyEnumerable<Bridge>(Client,
        () => Client.MakeJsonRequestAsync(HttpMethod.Get, Path(), cancellationToken, query));
    }

    public Task<string> CreateAsync(CreateBridgeData data, CancellationToken? cancellationToken = null)
    {
      return Client.MakePostJsonRequestAsync(Path(), cancellationToken, data);
    }

    public Task<Bridge> GetAsync(string bridgeId, CancellationToken? cancellationToken = null)
    {
      return Client.MakeJsonRequestAsync<Bridge>(HttpMethod.Get, Path($"/{bridgeId}"), cancellationToken);
    }

    public Task UpdateAsync(string bridgeId, UpdateBridgeData data, CancellationToken? cancellationToken = null)
    {
      return Client.MakeJsonRequestWithoutResponseAsync(HttpMethod.Post, Path($"/{bridgeId}"), cancellationToken, null, data);
    }

    public IEnumerable<Call> GetCalls(string bridgeId, CancellationToken? cancellationToken = null)
    {
      return new LazyEnumerable<Call>(Client,
        () => Client.MakeJsonRequestAsync(HttpMethod.Get, Path($"/{bridgeId}/calls"), cancellationToken));
    }

    public Task PlayAudioAsync(string bridgeId, PlayAudioData data, CancellationToken? cancellationToken = null)
    {
      return Client.MakeJsonRequestWithoutResponseAsync(HttpMethod.Post, Path($"/{bridgeId}/audio"), cancellationToken, null, data);
    }
  }

  public class Bridge
  {
    public string Id { get; set; }
    public BridgeState State { get; set; }
    public string[] CallIds { get; set; }
    public bool BridgeAudio { get; set; }
    public DateTime CompletedTime { get; set; }
    public DateTime CreatedTime { get; set; }
    public DateTime ActivatedTime { get; set; }
  }

  public enum BridgeState
  {
    Created,
    Active,
    Hold,
    Completed,
    Error
  }

  public class BridgeQuery
  {
    public int? Size { get; set; }
  }

  public class CreateBridgeData
  {
    public string[] CallIds { get; set; }
    public bool? BridgeAudio { get; set; }
  }

  public class UpdateBridgeData : CreateBridgeData
  {
  }
}
