// TEST STAND-IN -- this is NOT the real library.
//
// Stands in for: the NuGet package `Bandwidth.Net` 4.x (4.1.2; Bandwidth Catapult v1 client,
// https://github.com/Bandwidth/csharp-bandwidth), which cannot be installed here (no NuGet,
// no .NET SDK). Written for this project's sample tests from a reading of the library's
// public source; none of its code is copied. The real library serializes with Newtonsoft.Json;
// this stand-in has its own small JSON writer/reader (Bandwidth.Net.Json.cs) that reproduces
// the output of the real settings. Needs only mscorlib, System, System.Core, System.Net.Http:
//   mcs -out:sample.exe -r:System.Net.Http.dll Sample.cs tests/standins/csharp/*.cs
//
// Implemented surface: the whole Catapult v1 API of Bandwidth.Net 4.1.2 (src/Bandwidth.Net/Api/*.cs
// at the commit that set VersionPrefix 4.1.2), one file per resource (Bandwidth.Net.Api.*.cs):
//   namespace Bandwidth.Net:
//     Client(string userId, string apiToken, string apiSecret,
//            string baseUrl = "https://api.catapult.inetwork.com", IHttp http = null)
//     Client.Error/Account/Application/AvailableNumber/Bridge/Domain/Call/Conference/Message/
//       NumberInfo/PhoneNumber/Recording/Transcription/Media/Endpoint
//     (Bandwidth.Net.Plumbing.cs:) IHttp, IPlayAudio, PlayAudioData, Gender, PlayAudioExtensions
//     (SpeakSentenceAsync, PlayAudioFileAsync), LazyEnumerable; BandwidthException (Code), RateLimitException (ResetTime),
//     MissingCredentialsException, InvalidBaseUrlException, BandwidthIrisException
//   namespace Bandwidth.Net.Api: every interface, data class and enum of those resources, with
//     the real names, property types (nullable or not) and extension methods (CallExtensions,
//     ConferenceExtensions). README.md lists each method and the source file it was checked against.
// Checked: tests/test_standins.py asserts each method's exact request and result (expected values
// written from the real source); a differential run against the real source compiled with
// Newtonsoft.Json gave identical requests and results (tests/standins/README.md).
// Not included: Client.V2 (messaging v2), CallbackEvent parsing, DefaultConverter (a Newtonsoft
// type), the BXML builders (Bandwidth.Net.Xml).
//
// Wire behaviour reproduced from the real library:
//   * URL: UriBuilder(baseUrl) with Path = "/v1" + path (any path in baseUrl is replaced; ids
//     interpolated as given, media names and NumberInfo numbers Uri.EscapeDataString-ed) and
//     Query = "name=Uri.EscapeDataString(value)" for the non-null query properties in reflection
//     order, name with its first letter lower-cased, value Convert.ToString(value) -- so enums go
//     as "Asc"/"In", bools as "True", a non-nullable int (DomainQuery.Size) always -- except
//     DateTime (ToUniversalTime().ToString("o")); MessageQueryDateTime is "yyyy-MM-dd HH:mm:ss".
//   * Headers: Authorization: Basic base64(UTF-8 "token:secret"),
//     User-Agent: csharp-bandwidth/v4.1, Accept: application/json (not on "next page" GETs,
//     media up/downloads).
//   * Body (only when the data argument != null): Bandwidth.Net.Json.cs (Newtonsoft's output with
//     the library's settings: camelCase, values equal to the type's default left out -- a
//     non-nullable false/0/first enum member is NOT sent -- enums "lower-case-words");
//     Content-Type: application/json; charset=utf-8.
//   * CreateAsync-style methods return the last '/'-segment of Location's AbsolutePath ("" when
//     there is no Location; a relative Location throws InvalidOperationException).
//   * GetAsync-style methods return null unless the answer's media type is application/json (a
//     missing Content-Type throws NullReferenceException) or when the body is empty.
//   * Lists are lazy (a request per enumeration), follow Link: <url>; rel="next" and block
//     with .Result, so errors surface wrapped in AggregateException.
//   * Non-2xx: 429 -> RateLimitException from X-RateLimit-Reset (4.1.2 reads that header with
//     GetValues: without it, InvalidOperationException); otherwise BandwidthException with the
//     JSON body's "message" (or "code"), or the raw body text when neither is there.

using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Reflection;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Bandwidth.Net.Api;

namespace Bandwidth.Net
{
  /// <summary>Catapult API client (test stand-in for Bandwidth.Net 4.x).</summary>
  public class Client
  {
    /// <summary>Marker so tests can tell the stand-in from the real library.</summary>
    public const bool IsStandIn = true;

    internal readonly string UserId;
    internal readonly IHttp Http;
    private readonly string _baseUrl;
    private readonly AuthenticationHeaderValue _authentication;
    internal static readonly ProductInfoHeaderValue UserAgent =
      new ProductInfoHeaderValue("csharp-bandwidth", "v4.1");

    public Client(string userId, string apiToken, string apiSecret,
      string baseUrl = "https://api.catapult.inetwork.com", IHttp http = null)
    {
      if (string.IsNullOrEmpty(userId) || string.IsNullOrEmpty(apiToken) || string.IsNullOrEmpty(apiSecret))
      {
        throw new MissingCredentialsException();
      }
      if (string.IsNullOrEmpty(baseUrl))
      {
        throw new InvalidBaseUrlException();
      }
      UserId = userId;
      _baseUrl = baseUrl;
      Http = http ?? new DefaultHttp();
      var raw = Encoding.UTF8.GetBytes(apiToken + ":" + apiSecret);
      _authentication = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(raw));
      Error = new ErrorApi { Client = this };
      Account = new AccountApi { Client = this };
      Application = new ApplicationApi { Client = this };
      AvailableNumber = new AvailableNumberApi { Client = this };
      Bridge = new BridgeApi { Client = this };
      Domain = new DomainApi { Client = this };
      Call = new CallApi { Client = this };
      Conference = new ConferenceApi { Client = this };
      Message = new MessageApi { Client = this };
      NumberInfo = new NumberInfoApi { Client = this };
      PhoneNumber = new PhoneNumberApi { Client = this };
      Recording = new RecordingApi { Client = this };
      Transcription = new TranscriptionApi { Client = this };
      Media = new MediaApi { Client = this };
      Endpoint = new EndpointApi { Client = this };
    }

    public IError Error { get; private set; }
    public IAccount Account { get; private set; }
    public IApplication Application { get; private set; }
    public IAvailableNumber AvailableNumber { get; private set; }
    public IBridge Bridge { get; private set; }
    public IDomain Domain { get; private set; }
    public ICall Call { get; private set; }
    public IConference Conference { get; private set; }
    public IMessage Message { get; private set; }
    public INumberInfo NumberInfo { get; private set; }
    public IPhoneNumber PhoneNumber { get; private set; }
    public IRecording Recording { get; private set; }
    public ITranscription Transcription { get; private set; }
    public IMedia Media { get; private set; }
    public IEndpoint Endpoint { get; private set; }

    // ---- request plumbing -------------------------------------------------------------

    internal static string BuildQueryString(object query)
    {
      if (query == null) return "";
      var parts = new List<string>();
      foreach (var prop in query.GetType().GetRuntimeProperties())
      {
        var value = prop.GetValue(query);
        if (value == null) continue;
        var text = value is DateTime
          ? ((DateTime)value).ToUniversalTime().ToString("o")
          : Convert.ToString(value);
        if (string.IsNullOrEmpty(text)) continue;
        var name = char.ToLowerInvariant(prop.Name[0]) + prop.Name.Substring(1);
        parts.Add(name + "=" + Uri.EscapeDataString(text));
      }
      return string.Join("&", parts);
    }

    private HttpRequestMessage NewRequest(HttpMethod method, Uri url)
    {
      var request = new HttpRequestMessage(method, url);
      request.Headers.UserAgent.Add(UserAgent);
      request.Headers.Authorization = _authentication;
      return request;
    }

    internal HttpRequestMessage CreateRequest(HttpMethod method, string path, object query = null)
    {
      var builder = new UriBuilder(_baseUrl) { Path = "/v1" + path, Query = BuildQueryString(query) };
      return NewRequest(method, builder.Uri);
    }

    internal HttpRequestMessage CreateGetRequest(string url)
    {
      var request = new HttpRequestMessage(HttpMethod.Get, url);
      request.Headers.UserAgent.Add(UserAgent);
      request.Headers.Authorization = _authentication;
      return request;
    }

    internal async Task<HttpResponseMessage> MakeRequestAsync(HttpRequestMessage request,
      CancellationToken? cancellationToken = null)
    {
      var response = await Http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
      await CheckResponseAsync(response);
      return response;
    }

    internal Task<HttpResponseMessage> MakeJsonRequestAsync(HttpMethod method, string path,
      CancellationToken? cancellationToken = null, object query = null, object body = null)
    {
      var request = CreateRequest(method, path, query);
      request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
      if (body != null)
      {
        request.Content = new StringContent(Json.Serialize(body), Encoding.UTF8, "application/json");
      }
      return MakeRequestAsync(request, cancellationToken);
    }

    internal async Task<T> MakeJsonRequestAsync<T>(HttpMethod method, string path,
      CancellationToken? cancellationToken = null, object query = null, object body = null)
    {
      using (var response = await MakeJsonRequestAsync(method, path, cancellationToken, query, body))
      {
        return await ReadAsJsonAsync<T>(response.Content);
      }
    }

    internal async Task MakeJsonRequestWithoutResponseAsync(HttpMethod method, string path,
      CancellationToken? cancellationToken = null, object query = null, object body = null)
    {
      using (await MakeJsonRequestAsync(method, path, cancellationToken, query, body))
      {
      }
    }

    internal async Task<string> MakePostJsonRequestAsync(string path, CancellationToken? cancellationToken,
      object body)
    {
      using (var response = await MakeJsonRequestAsync(HttpMethod.Post, path, cancellationToken, null, body))
      {
        var location = response.Headers.Location ?? new Uri("http://localhost");
        return location.AbsolutePath.Split('/').LastOrDefault();
      }
    }

    internal static async Task<T> ReadAsJsonAsync<T>(HttpContent content)
    {
      // Like the real library: a missing Content-Type is a NullReferenceException here.
      if (content.Headers.ContentType.MediaType == "application/json")
      {
        var text = await content.ReadAsStringAsync();
        return text.Length > 0 ? (T)Json.Deserialize(text, typeof(T)) : default(T);
      }
      return default(T);
    }

    private static async Task CheckResponseAsync(HttpResponseMessage response)
    {
      if (response.IsSuccessStatusCode) return;
      if (response.StatusCode == (HttpStatusCode)429)
      {
        // 4.1.2 reads the header with GetValues: a 429 without it throws InvalidOperationException
        // (the fallback to "now" came in a later release).
        var ms = double.Parse(response.Headers.GetValues("X-RateLimit-Reset").First(), CultureInfo.InvariantCulture);
        var time = new DateTime(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddMilliseconds(ms);
        throw new RateLimitException(time.ToLocalTime());
      }
      var text = await response.Content.ReadAsStringAsync();
      string message = null;
      try
      {
        var obj = Json.Parse(text) as Json.Obj;
        message = Json.LooseString(obj, "message") ?? Json.LooseString(obj, "code");
      }
      catch (Exception)
      {
        // not JSON: fall through to the raw text, as the real library does
      }
      throw new BandwidthException(string.IsNullOrEmpty(message) ? text : message, response.StatusCode);
    }
  }

  /// <summary>Thrown for a non-2xx answer (other than 429).</summary>
  public class BandwidthException : Exception
  {
    public HttpStatusCode Code { get; private set; }

    public BandwidthException(string message, HttpStatusCode code) : base(message)
    {
      Code = code;
    }
  }

  /// <summary>Thrown for HTTP 429.</summary>
  public class RateLimitException : BandwidthException
  {
    public DateTime ResetTime { get; private set; }

    public RateLimitException(DateTime resetTime) : base("Too Many Requests", (HttpStatusCode)429)
    {
      ResetTime = resetTime;
    }
  }

  public sealed class MissingCredentialsException : Exception
  {
    public MissingCredentialsException()
      : base("Missing credentials.\nUse new Client(<userId>, <apiToken>, <apiSecret>) to set up them.")
    {
    }
  }

  public sealed class InvalidBaseUrlException : Exception
  {
    public InvalidBaseUrlException() : base("Base url should be non-empty string")
    {
    }
  }
}
