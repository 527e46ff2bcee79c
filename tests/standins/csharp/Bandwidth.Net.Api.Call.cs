// TEST STAND-IN -- part of the stand-in for the NuGet package `Bandwidth.Net` 4.1.2 (see
// Bandwidth.Net.cs); NOT the real library. Calls: /v1/users/{userId}/calls and its audio, dtmf,
// events, recordings, transcriptions and gather sub-resources. Note UpdateCallData's
// non-nullable State/RecordingEnabled: CallState.Started and false are never sent.
// Written from a reading of src/Bandwidth.Net/Api/Call.cs at 4.1.2; none of its code is copied.

using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Bandwidth.Net.Api
{
  public interface ICall : IPlayAudio
  {
    IEnumerable<Call> List(CallQuery query = null, CancellationToken? cancellationToken = null);
    Task<string> CreateAsync(CreateCallData data, CancellationToken? cancellationToken = null);
    Task<Call> GetAsync(string callId, CancellationToken? cancellationToken = null);
    Task<HttpResponseMessage> UpdateAsync(string callId, UpdateCallData data, CancellationToken? cancellationToken = null,
      bool disposeResponse = true);
    Task SendDtmfAsync(string callId, SendDtmfData data, CancellationToken? cancellationToken = null);
    IEnumerable<CallEvent> GetEvents(string callId, CancellationToken? cancellationToken = null);
    Task<CallEvent> GetEventAsync(string callId, string eventId, CancellationToken? cancellationToken = null);
    IEnumerable<Recording> GetRecordings(string callId, CancellationToken? cancellationToken = null);
    IEnumerable<Transcription> GetTranscriptions(string callId, CancellationToken? cancellationToken = null);
    Task<string> CreateGatherAsync(string callId, CreateGatherData data, CancellationToken? cancellationToken = null);
    Task<CallGather> GetGatherAsync(string callId, string gatherId, CancellationToken? cancellationToken = null);
    Task UpdateGatherAsync(string callId, string gatherId, UpdateGatherData data,
      CancellationToken? cancellationToken = null);
  }

  internal class CallApi : ApiBase, ICall
  {
    private string Path(string rest = "")
    {
      return $"/users/{Client.UserId}/calls" + rest;
    }

    public IEnumerable<Call> List(CallQuery query = null, CancellationToken? cancellationToken = null)
    {
      return new LazyEnumerable<Call>(Client,
        () => Client.MakeJsonRequestAsync(HttpMethod.Get, Path(), cancellationToken, query));
    }

    public Task<string> CreateAsync(CreateCallData data, CancellationToken? cancellationToken = null)
    {
      return Client.MakePostJsonRequestAsync(Path(), cancellationToken, data);
    }

    public Task<Call> GetAsync(string callId, CancellationToken? cancellationToken = null)
    {
      return Client.MakeJsonRequestAsync<Call>(HttpMethod.Get, Path($"/{callId}"), cancellationToken);
    }

    /// <summary>POST calls/{id}; the response is returned (already disposed unless disposeResponse is false).</summary>
    public async Task<HttpResponseMessage> UpdateAsync(string callId, UpdateCallData data,
      CancellationToken? cancellationToken = null, bool disposeResponse = true)
    {
      var response = await Client.MakeJsonRequestAsync(HttpMethod.Post, Path($"/{callId}"), cancellationToken, null, data);
      if (disposeResponse)
      {
        response.Dispose();
      }
      return response;
    }

    public Task SendDtmfAsync(string callId, SendDtmfData data, CancellationToken? cancellationToken = null)
    {
      return Client.MakeJsonRequestWithoutResponseAsync(HttpMethod.Post, Path($"/{callId}/dtmf"), cancellationToken, null, data);
    }

    public IEnumerable<CallEvent> GetEvents(string callId, CancellationToken? cancellationToken = null)
    {
      return new LazyEnumerable<CallEvent>(Client,
        () => Client.MakeJsonRequestAsync(HttpMethod.Get, Path($"/{callId}/events"), cancellationToken));
    }

    public Task<CallEvent> GetEventAsync(string callId, string eventId, CancellationToken? cancellationToken = null)
    {
      return Client.MakeJsonRequestAsync<CallEvent>(HttpMethod.Get, Path($"/{callId}/events/{eventId}"), cancellationToken);
    }

    public IEnumerable<Recording> GetRecordings(string callId, CancellationToken? cancellationToken = null)
    {
      return new LazyEnumerable<Recording>(Client,
        () => Client.MakeJsonRequestAsync(HttpMethod.Get, Path($"/{callId}/recordings"), cancellationToken));
    }

    public IEnumerable<Transcription> GetTranscriptions(string callId, CancellationToken? cancellationToken = null)
    {
      return new LazyEnumerable<Transcription>(Client,
        () => Client.MakeJsonRequestAsync(HttpMethod.Get, Path($"/{callId}/transcriptions"), cancellationToken));
    }

    public Task<string> CreateGatherAsync(string callId, CreateGatherData data, CancellationToken? cancellationToken = null)
    {
      return Client.MakePostJsonRequestAsync(Path($"/{callId}/gather"), cancellationToken, data);
    }

    public Task<CallGather> GetGatherAsync(string callId, string gatherId, CancellationToken? cancellationToken = null)
    {
      return Client.MakeJsonRequestAsync<CallGather>(HttpMethod.Get, Path($"/{callId}/gather/{gatherId}"), cancellationToken);
    }

    public Task UpdateGatherAsync(string callId, string gatherId, UpdateGatherData data,
      CancellationToken? cancellationToken = null)
    {
      return Client.MakeJsonRequestWithoutResponseAsync(HttpMethod.Post, Path($"/{callId}/gather/{gatherId}"),
        cancellationToken, null, data);
    }

    public Task PlayAudioAsync(string callId, PlayAudioData data, CancellationToken? cancellationToken = null)
    {
      return Client.MakeJsonRequestWithoutResponseAsync(HttpMethod.Post, Path($"/{callId}/audio"), cancellationToken, null, data);
    }
  }

  public static class CallExtensions
  {
    /// <summary>UpdateAsync {"state":"active"}.</summary>
    public static Task AnswerAsync(this ICall call, string callId, CancellationToken? cancellationToken = null)
    {
      return call.UpdateAsync(callId, new UpdateCallData { State = CallState.Active }, cancellationToken);
    }

    /// <summary>UpdateAsync {"state":"rejected"}.</summary>
    public static Task RejectAsync(this ICall call, string callId, CancellationToken? cancellationToken = null)
    {
      return call.UpdateAsync(callId, new UpdateCallData { State = CallState.Rejected }, cancellationToken);
    }

    /// <summary>UpdateAsync {"state":"completed"}.</summary>
    public static Task HangupAsync(this ICall call, string callId, CancellationToken? cancellationToken = null)
    {
      return call.UpdateAsync(callId, new UpdateCallData { State = CallState.Completed }, cancellationToken);
    }

    /// <summary>UpdateAsync {"recordingEnabled":true}; with false the body is {} (a default bool is not sent).</summary>
    public static Task TurnCallRecordingAsync(this ICall call, string callId, bool enabled,
      CancellationToken? cancellationToken = null)
    {
      return call.UpdateAsync(callId, new UpdateCallData { RecordingEnabled = enabled }, cancellationToken);
    }

    /// <summary>UpdateAsync {"state":"transferring",...}; returns the new call's id from Location
    /// (NullReferenceException without one).</summary>
    public static async Task<string> TransferAsync(this ICall call, string callId, string to, string callerId = null,
      WhisperAudio whisperAudio = null, string callbackUrl = null, CancellationToken? cancellationToken = null)
    {
      var data = new UpdateCallData
      {
        State = CallState.Transferring,
        TransferTo = to,
        TransferCallerId = callerId,
        CallbackUrl = callbackUrl,
        WhisperAudio = whisperAudio
      };
      using (var response = await call.UpdateAsync(callId, data, cancellationToken, false))
      {
        return response.Headers.Location.AbsolutePath.Split('/').Last();
      }
    }
  }

  public class Call
  {
    public string Id { get; set; }
    public CallDirection Direction { get; set; }
    public string From { get; set; }
    public string To { get; set; }
    public CallState State { get; set; }
    public DateTime StartTime { get; set; }
    public DateTime ActiveTime { get; set; }
    public DateTime EndTime { get; set; }
    public int CallTimeout { get; set; }
    public string CallbackUrl { get; set; }
    public CallbackHttpMethod CallbackHttpMethod { get; set; }
    public int CallbackTimeout { get; set; }
    public string FallbackUrl { get; set; }
    public int ChargeableDuration { get; set; }
    public string BridgeId { get; set; }
    public string ConferenceId { get; set; }
    public WhisperAudio WhisperAudio { get; set; }
    public string TransferCallerId { get; set; }
    public string TransferTo { get; set; }
    public bool RecordingEnabled { get; set; }
    public string RecordingFileFormat { get; set; }
    public int RecordingMaxDuration { get; set; }
    public bool TranscriptionEnabled { get; set; }
    public string Tag { get; set; }
    [RawJson]
    public Dictionary<string, string> SipHeaders { get; set; }
  }

  /// <summary>Note: Gender is non-nullable, so Gender.Male (the default) is never sent.</summary>
  public class WhisperAudio
  {
    public Gender Gender { get; set; }
    public string Voice { get; set; }
    public string Sentence { get; set; }
    public string Locale { get; set; }
    public string FileUrl { get; set; }
  }

  public enum CallDirection
  {
    In,
    Out
  }

  public enum CallState
  {
    Started,
    Rejected,
    Active,
    Completed,
    Transferring,
    Error
  }

  /// <summary>Query values go through Convert.ToString: SortOrder.Asc is sent as "Asc".</summary>
  public class CallQuery
  {
    public string BridgeId { get; set; }
    public string ConferenceId { get; set; }
    public string From { get; set; }
    public string To { get; set; }
    public int? Size { get; set; }
    public SortOrder? SortOrder { get; set; }
  }

  public enum SortOrder
  {
    Desc,
    Asc
  }

  public class CreateCallData
  {
    public string From { get; set; }
    public string To { get; set; }
    public int? CallTimeout { get; set; }
    public string CallbackUrl { get; set; }
    public CallbackHttpMethod? CallbackHttpMethod { get; set; }
    public int? CallbackTimeout { get; set; }
    public string FallbackUrl { get; set; }
    public string BridgeId { get; set; }
    public string ConferenceId { get; set; }
    public bool? RecordingEnabled { get; set; }
    public string RecordingFileFormat { get; set; }
    public int? RecordingMaxDuration { get; set; }
    public bool? TranscriptionEnabled { get; set; }
    public string Tag { get; set; }
    /// <summary>Written with default settings: keys exactly as given.</summary>
    [RawJson]
    public Dictionary<string, string> SipHeaders { get; set; }
  }

  public class UpdateCallData
  {
    public CallState State { get; set; }
    public string TransferCallerId { get; set; }
    public string TransferTo { get; set; }
    public bool RecordingEnabled { get; set; }
    public string RecordingFileFormat { get; set; }
    public WhisperAudio WhisperAudio { get; set; }
    public string CallbackUrl { get; set; }
  }

  public class CreateGatherData
  {
    public string MaxDigits { get; set; }
    public string InterDigitTimeout { get; set; }
    public string TerminatingDigits { get; set; }
    public string Tag { get; set; }
    public GatherPrompt Prompt { get; set; }
  }

  /// <summary>Serialized with its own Bargeable first, then PlayAudioData's properties.</summary>
  public class GatherPrompt : PlayAudioData
  {
    public bool? Bargeable { get; set; }
  }

  public enum CallGatherState
  {
    Created,
    Completed
  }

  public class UpdateGatherData
  {
    public CallGatherState? State { get; set; }
  }

  public class CallGather
  {
    public string Id { get; set; }
    public CallGatherState State { get; set; }
    public CallGatherReason Reason { get; set; }
    public DateTime CreatedTime { get; set; }
    public DateTime CompletedTime { get; set; }
    public string Call { get; set; }
    public string CallId => Call.Split('/').Last();
    public string Digits { get; set; }
  }

  public enum CallGatherReason
  {
    MaxDigits,
    TerminatingDigit,
    InterDigitTimeout,
    HungUp
  }

  public class CallEvent
  {
    public string Id { get; set; }
    public string Name { get; set; }
    public DateTime Time { get; set; }
    public Dictionary<string, object> Data { get; set; }
  }

  public class SendDtmfData
  {
    public string DtmfOut { get; set; }
  }
}
