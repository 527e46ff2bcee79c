// TEST STAND-IN -- part of the stand-in for the NuGet package `Bandwidth.Net` 4.1.2 (see
// Bandwidth.Net.cs); NOT the real library. Checked against src/Bandwidth.Net/Http.cs,
// Exceptions.cs, PlayAudio.cs, ApiBase.cs and LazyEnumerable.cs of the real source.

using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Bandwidth.Net
{
  /// <summary>Thrown by the real library's numbers ordering (Iris); nothing in the v1 API throws it.</summary>
  public class BandwidthIrisException : Exception
  {
    public string Code { get; private set; }
    public HttpStatusCode HttpStatusCode { get; private set; }

    public BandwidthIrisException(string code, string message, HttpStatusCode statusCode) : base(message)
    {
      Code = code;
      HttpStatusCode = statusCode;
    }
  }

  /// <summary>Sends requests (the real library's extension point for tests).</summary>
  public interface IHttp
  {
    Task<HttpResponseMessage> SendAsync(HttpRequestMessage request,
      HttpCompletionOption completionOption = HttpCompletionOption.ResponseContentRead,
      CancellationToken? cancellationToken = null);
  }

  /// <summary>A fresh HttpClient per request, disposed afterwards (the content is buffered first).</summary>
  internal class DefaultHttp : IHttp
  {
    public async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request,
      HttpCompletionOption completionOption = HttpCompletionOption.ResponseContentRead,
      CancellationToken? cancellationToken = null)
    {
      using (var client = new HttpClient(new HttpClientHandler(), true))
      {
        return await client.SendAsync(request, completionOption, cancellationToken ?? CancellationToken.None);
      }
    }
  }

  /// <summary>Base of the resource implementations.</summary>
  internal class ApiBase
  {
    internal Client Client { get; set; }
  }

  /// <summary>Plays audio to a call, bridge or conference.</summary>
  public interface IPlayAudio
  {
    Task PlayAudioAsync(string id, PlayAudioData data, CancellationToken? cancellationToken = null);
  }

  /// <summary>Body of the .../audio requests.</summary>
  public class PlayAudioData
  {
    public string FileUrl { get; set; }
    public string Sentence { get; set; }
    public Gender? Gender { get; set; }
    public string Locale { get; set; }
    public string Voice { get; set; }
    public bool? LoopEnabled { get; set; }
    public string Tag { get; set; }
  }

  public enum Gender
  {
    Male,
    Female
  }

  public static class PlayAudioExtensions
  {
    /// <summary>PlayAudioAsync with {sentence, gender, voice, locale, tag}.</summary>
    public static Task SpeakSentenceAsync(this IPlayAudio instance, string id, string sentence,
      Gender gender = Gender.Female, string voice = "susan", string locale = "en_US", string tag = null,
      CancellationToken? cancellationToken = null)
    {
      return instance.PlayAudioAsync(id,
        new PlayAudioData { Sentence = sentence, Gender = gender, Voice = voice, Locale = locale, Tag = tag },
        cancellationToken);
    }

    /// <summary>PlayAudioAsync with {fileUrl, tag}.</summary>
    public static Task PlayAudioFileAsync(this IPlayAudio instance, string id, string fileUrl, string tag = null,
      CancellationToken? cancellationToken = null)
    {
      return instance.PlayAudioAsync(id, new PlayAudioData { FileUrl = fileUrl, Tag = tag }, cancellationToken);
    }
  }

  /// <summary>Lazy list over pages linked with Link: &lt;url&gt;; rel="next".</summary>
  internal class LazyEnumerable<T> : IEnumerable<T>
  {
    private readonly Client _client;
    private readonly Func<Task<HttpResponseMessage>> _firstPage;

    internal LazyEnumerable(Client client, Func<Task<HttpResponseMessage>> firstPage)
    {
      if (client == null) throw new ArgumentNullException("client");
      if (firstPage == null) throw new ArgumentNullException("getFirstPageFunc");
      _client = client;
      _firstPage = firstPage;
    }

    public IEnumerator<T> GetEnumerator()
    {
      var fetch = _firstPage;
      while (true)
      {
        string next = null;
        using (var response = fetch().Result)
        {
          var items = Client.ReadAsJsonAsync<T[]>(response.Content).Result;
          foreach (var item in items) // null items -> NullReferenceException, as in the real library
          {
            yield return item;
          }
          IEnumerable<string> links;
          if (response.Headers.TryGetValues("Link", out links))
          {
            foreach (var link in links.First().Split(','))
            {
              var pieces = link.Split(';');
              if (pieces.Length == 2 && pieces[1].Trim() == "rel=\"next\"")
              {
                next = pieces[0].Replace('<', ' ').Replace('>', ' ').Trim();
                break;
              }
            }
          }
        }
        if (string.IsNullOrEmpty(next)) yield break;
        var request = _client.CreateGetRequest(next);
        fetch = () => _client.MakeRequestAsync(request);
      }
    }

    IEnumerator IEnumerable.GetEnumerator()
    {
      return GetEnumerator();
    }
  }
}
