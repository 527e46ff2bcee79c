// TEST STAND-IN -- part of the stand-in for the NuGet package `Bandwidth.Net` 4.1.2 (see
// Bandwidth.Net.cs); NOT the real library. Conferences and their members: /v1/users/{userId}/conferences.
// The update data classes have non-nullable bools/enums: false and the first enum member
// (ConferenceState.Created, ConferenceMemberState.Active) are never sent; nor are false
// values of CreateConferenceMemberData.
// Written from a reading of src/Bandwidth.Net/Api/Conference.cs at 4.1.2; none of its code is copied.

using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Bandwidth.Net.Api
{
  public interface IConference : IPlayAudio
  {
    Task<string> CreateAsync(CreateConferenceData data, CancellationToken? cancellationToken = null);
    Task<Conference> GetAsync(string conferenceId, CancellationToken? cancellationToken = null);
    Task UpdateAsync(string conferenceId, UpdateConferenceData data, CancellationToken? cancellationToken = null);
    IEnumerable<ConferenceMember> GetMembers(string conferenceId, CancellationToken? cancellationToken = null);
    Task<string> CreateMemberAsync(string conferenceId, CreateConferenceMemberData data,
      CancellationToken? cancellationToken = null);
    Task<ConferenceMember> GetMemberAsync(string conferenceId, string memberId,
      CancellationToken? cancellationToken = null);
    Task UpdateMemberAsync(string conferenceId, string memberId, UpdateConferenceMemberData data,
      CancellationToken? cancellationToken = null);
    Task PlayAudioToMemberAsync(string conferenceId, string memberId, PlayAudioData data,
      CancellationToken? cancellationToken = null);
  }

  internal class ConferenceApi : ApiBase, IConference
  {
    private string Path(string rest = "")
    {
      return $"/users/{Client.UserId}/conferences" + rest;
    }

    public Task<string> CreateAsync(CreateConferenceData data, CancellationToken? cancellationToken = null)
    {
      return Client.MakePostJsonRequestAsync(Path(), cancellationToken, data);
    }

    public Task<Conference> GetAsync(string conferenceId, CancellationToken? cancellationToken = null)
    {
      return Client.MakeJsonRequestAsync<Conference>(HttpMethod.Get, Path($"/{conferenceId}"), cancellationToken);
    }

    public Task UpdateAsync(string conferenceId, UpdateConferenceData data, CancellationToken? cancellationToken = null)
    {
      return Client.MakeJsonRequestWithoutResponseAsync(HttpMethod.Post, Path($"/{conferenceId}"), cancellationToken, null, data);
    }

    public IEnumerable<ConferenceMember> GetMembers(string conferenceId, CancellationToken? cancellationToken = null)
    {
      return new LazyEnumerable<ConferenceMember>(Client,
        () => Client.MakeJsonRequestAsync(HttpMethod.Get, Path($"/{conferenceId}/members"), cancellationToken));
    }

    public Task<string> CreateMemberAsync(string conferenceId, CreateConferenceMemberData data,
      CancellationToken? cancellationToken = null)
    {
      return Client.MakePostJsonRequestAsync(Path($"/{conferenceId}/members"), cancellationToken, data);
    }

    public Task<ConferenceMember> GetMemberAsync(string conferenceId, string memberId,
      CancellationToken? cancellationToken = null)
    {
      return Client.MakeJsonRequestAsync<ConferenceMember>(HttpMethod.Get, Path($"/{conferenceId}/members/{memberId}"),
        cancellationToken);
    }

    public Task UpdateMemberAsync(string conferenceId, string memberId, UpdateConferenceMemberData data,
      CancellationToken? cancellationToken = null)
    {
      return Client.MakeJsonRequestWithoutResponseAsync(HttpMethod.Post, Path($"/{conferenceId}/members/{memberId}"),
        cancellationToken, null, data);
    }

    public Task PlayAudioToMemberAsync(string conferenceId, string memberId, PlayAudioData data,
      CancellationToken? cancellationToken = null)
    {
      return Client.MakeJsonRequestWithoutResponseAsync(HttpMethod.Post,
        Path($"/{conferenceId}/members/{memberId}/audio"), cancellationToken, null, data);
    }

    public Task PlayAudioAsync(string conferenceId, PlayAudioData data, CancellationToken? cancellationToken = null)
    {
      return Client.MakeJsonRequestWithoutResponseAsync(HttpMethod.Post, Path($"/{conferenceId}/audio"),
        cancellationToken, null, data);
    }
  }

  public static class ConferenceExtensions
  {
    public static Task SpeakSentenceToMemberAsync(this IConference instance, string conferenceId, string memberId,
      string sentence, Gender gender = Gender.Female, string voice = "susan", string locale = "en_US",
      string tag = null, CancellationToken? cancellationToken = null)
    {
      return instance.PlayAudioToMemberAsync(conferenceId, memberId,
        new PlayAudioData { Sentence = sentence, Gender = gender, Voice = voice, Locale = locale, Tag = tag },
        cancellationToken);
    }

    public static Task PlayAudioFileToMemberAsync(this IConference instance, string conferenceId, string memberId,
      string fileUrl, string tag = null, CancellationToken? cancellationToken = null)
    {
      return instance.PlayAudioToMemberAsync(conferenceId, memberId, new PlayAudioData { FileUrl = fileUrl, Tag = tag },
        cancellationToken);
    }

    /// <summary>UpdateMemberAsync {"state":"completed"}.</summary>
    public static Task DeleteMemberAsync(this IConference instance, string conferenceId, string memberId)
    {
      return instance.UpdateMemberAsync(conferenceId, memberId,
        new UpdateConferenceMemberData { State = ConferenceMemberState.Completed });
    }

    /// <summary>UpdateMemberAsync {"hold":true}, or {} for false.</summary>
    public static Task HoldMemberAsync(this IConference instance, string conferenceId, string memberId, bool hold)
    {
      return instance.UpdateMemberAsync(conferenceId, memberId, new UpdateConferenceMemberData { Hold = hold });
    }

    /// <summary>UpdateMemberAsync {"mute":true}, or {} for false.</summary>
    public static Task MuteMemberAsync(this IConference instance, string conferenceId, string memberId, bool mute)
    {
      return instance.UpdateMemberAsync(conferenceId, memberId, new UpdateConferenceMemberData { Mute = mute });
    }

    /// <summary>UpdateAsync {"state":"completed"}.</summary>
    public static Task TerminateAsync(this IConference instance, string conferenceId)
    {
      return instance.UpdateAsync(conferenceId, new UpdateConferenceData { State = ConferenceState.Completed });
    }

    /// <summary>UpdateAsync {"hold":true}, or {} for false.</summary>
    public static Task HoldAsync(this IConference instance, string conferenceId, bool hold)
    {
      return instance.UpdateAsync(conferenceId, new UpdateConferenceData { Hold = hold });
    }

    /// <summary>UpdateAsync {"mute":true}, or {} for false.</summary>
    public static Task MuteAsync(this IConference instance, string conferenceId, bool mute)
    {
      return instance.UpdateAsync(conferenceId, new UpdateConferenceData { Mute = mute });
    }
  }

  public class Conference
  {
    public string Id { get; set; }
    public string From { get; set; }
    public ConferenceState State { get; set; }
    public DateTime CreatedTime { get; set; }
    public DateTime CompletedTime { get; set; }
    public int ActiveMembers { get; set; }
    public bool Hold { get; set; }
    public bool Mute { get; set; }
    public string CallbackUrl { get; set; }
    public CallbackHttpMethod CallbackHttpMethod { get; set; }
    public int CallbackTimeout { get; set; }
    public string FallbackUrl { get; set; }
    [EnumDelimiter('_')]
    public ConferenceDtmfProfile Profile { get; set; }
    public string Tag { get; set; }
  }

  public enum ConferenceState
  {
    Created,
    Active,
    Completed
  }

  public class CreateConferenceData
  {
    public string From { get; set; }
    public string CallbackUrl { get; set; }
    public CallbackHttpMethod? CallbackHttpMethod { get; set; }
    public int? CallbackTimeout { get; set; }
    public string FallbackUrl { get; set; }
    /// <summary>Sent as "interpret_digits" / "passthru_digits".</summary>
    [EnumDelimiter('_')]
    public ConferenceDtmfProfile? Profile { get; set; }
    public string Tag { get; set; }
  }

  public class ConferenceMember
  {
    public string Id { get; set; }
    public ConferenceMemberState State { get; set; }
    public bool Hold { get; set; }
    public bool Mute { get; set; }
    public bool JoinTone { get; set; }
    public bool LeavingTone { get; set; }
    public DateTime AddedTime { get; set; }
    public DateTime RemovedTime { get; set; }
    public string Call { get; set; }
    public string CallId => Call.Split('/').Last();
  }

  public enum ConferenceMemberState
  {
    Active,
    Completed
  }

  public class CreateConferenceMemberData
  {
    public bool Hold { get; set; }
    public bool Mute { get; set; }
    public bool JoinTone { get; set; }
    public bool LeavingTone { get; set; }
    public string CallId { get; set; }
  }

  public class UpdateConferenceData
  {
    public ConferenceState State { get; set; }
    public bool Hold { get; set; }
    public bool Mute { get; set; }
    public string CallbackUrl { get; set; }
    public CallbackHttpMethod CallbackHttpMethod { get; set; }
    public int CallbackTimeout { get; set; }
    public string FallbackUrl { get; set; }
    public string Tag { get; set; }
  }

  public class UpdateConferenceMemberData
  {
    public ConferenceMemberState State { get; set; }
    public bool Hold { get; set; }
    public bool Mute { get; set; }
    public bool JoinTone { get; set; }
    public bool LeavingTone { get; set; }
  }

  public enum ConferenceDtmfProfile
  {
    InterpretDigits,
    PassthruDigits
  }
}
