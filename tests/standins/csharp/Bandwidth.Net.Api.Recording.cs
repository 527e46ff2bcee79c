// TEST STAND-IN -- part of the stand-in for the NuGet package `Bandwidth.Net` 4.1.2 (see
// Bandwidth.Net.cs); NOT the real library. Recordings: /v1/users/{userId}/recordings.
// Written from a reading of src/Bandwidth.Net/Api/Recording.cs at 4.1.2; none of its code is copied.

using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Bandwidth.Net.Api
{
  public interface IRecording
  {
    IEnumerable<Recording> List(RecordingQuery query = null, CancellationToken? cancellationToken = null);
    Task<Recording> GetAsync(string recordingId, CancellationToken? cancellationToken = null);
  }

  internal class RecordingApi : ApiBase, IRecording
  {
    public IEnumerable<Recording> List(RecordingQuery query = null, CancellationToken? cancellationToken = null)
    {
      return new LazyEnumerable<Recording>(Client,
        () => Client.MakeJsonRequestAsync(HttpMethod.Get, $"/users/{Client.UserId}/recordings", cancellationToken, query));
    }

    public Task<Recording> GetAsync(string recordingId, CancellationToken? cancellationToken = null)
    {
      return Client.MakeJsonRequestAsync<Recording>(HttpMethod.Get, $"/users/{Client.UserId}/recordings/{recordingId}",
        cancellationToken);
    }
  }

  public class Recording
  {
    public string Id { get; set; }
    public DateTime StartTime { get; set; }
    public DateTime EndTime { get; set; }
    public string Call { get; set; }
    public string CallId => Call.Split('/').Last();
    public string Media { get; set; }
    public string MediaName => Media.Split('/').Last();
    public RecordingState State { get; set; }
  }

  public class RecordingQuery
  {
    public int? Size { get; set; }
  }

  public enum RecordingState
  {
    Recording,
    Complete,
    Saving,
    Error
  }
}
