// TEST STAND-IN -- part of the stand-in for the NuGet package `Bandwidth.Net` 4.1.2 (see
// Bandwidth.Net.cs); NOT the real library. Transcriptions of a recording. As in 4.1.2, GetAsync
// requests /v1/users/{userId}/bridges/recordings/{recordingId}/transcriptions/{id} (sic:
// "bridges/" is in the real path), and CreateAsync posts the body {}.
// Written from a reading of src/Bandwidth.Net/Api/Transcription.cs at 4.1.2; none of its code is copied.

using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Bandwidth.Net.Api
{
  public interface ITranscription
  {
    IEnumerable<Transcription> List(string recordingId, TranscriptionQuery query = null,
      CancellationToken? cancellationToken = null);
    Task<string> CreateAsync(string recordingId, CancellationToken? cancellationToken = null);
    Task<Transcription> GetAsync(string recordingId, string transcriptionId, CancellationToken? cancellationToken = null);
  }

  internal class TranscriptionApi : ApiBase, ITranscription
  {
    public IEnumerable<Transcription> List(string recordingId, TranscriptionQuery query = null,
      CancellationToken? cancellationToken = null)
    {
      return new LazyEnumerable<Transcription>(Client,
        () => Client.MakeJsonRequestAsync(HttpMethod.Get,
          $"/users/{Client.UserId}/recordings/{recordingId}/transcriptions", cancellationToken, query));
    }

    public Task<string> CreateAsync(string recordingId, CancellationToken? cancellationToken = null)
    {
      return Client.MakePostJsonRequestAsync($"/users/{Client.UserId}/recordings/{recordingId}/transcriptions",
        cancellationToken, new object());
    }

    public Task<Transcription> GetAsync(string recordingId, string transcriptionId,
      CancellationToken? cancellationToken = null)
    {
      return Client.MakeJsonRequestAsync<Transcription>(HttpMethod.Get,
        $"/users/{Client.UserId}/bridges/recordings/{recordingId}/transcriptions/{transcriptionId}", cancellationToken);
    }
  }

  public class Transcription
  {
    public string Id { get; set; }
    public TranscriptionState State { get; set; }
    public string Text { get; set; }
    public DateTime Time { get; set; }
    public int ChargeableDuration { get; set; }
    public int TextSize { get; set; }
    public string TextUrl { get; set; }
    public string TextMediaName => TextUrl.Split('/').Last();
  }

  public class TranscriptionQuery
  {
    public int? Size { get; set; }
  }

  public enum TranscriptionState
  {
    Transcribing,
    Completed,
    Error
  }
}
