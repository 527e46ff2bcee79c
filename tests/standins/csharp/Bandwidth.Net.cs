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
// Implemented surface (only what the Applications samples use):
//   namespace Bandwidth.Net:
//     Client(string userId, string apiToken, string apiSecret,
//            string baseUrl = "https://api.catapult.inetwork.com")   (no IHttp argument)
//     Client.Application (IApplication)
//     BandwidthException (Code), RateLimitException (ResetTime),
//     MissingCredentialsException, InvalidBaseUrlException
//   namespace Bandwidth.Net.Api:
//     IApplication: List(ApplicationQuery query = null), CreateAsync(CreateApplicationData),
//                   GetAsync(string), UpdateAsync(string, UpdateApplicationData),
//                   DeleteAsync(string)   (each with the optional CancellationToken? argument)
//     Application, ApplicationQuery (Size only -- 4.x has no Page), CreateApplicationData,
//     UpdateApplicationData (: CreateApplicationData), enum CallbackHttpMethod { Post, Get }
//
// Wire behaviour reproduced from the real library:
//   * URL: UriBuilder(baseUrl) with Path = "/v1/users/{userId}/applications[/{id}]" (any path
//     in baseUrl is replaced) and Query = "name=Uri.EscapeDataString(value)" for the non-null
//     query properties, name with its first letter lower-cased.
//   * Headers: Authorization: Basic base64(UTF-8 "token:secret"),
//     User-Agent: csharp-bandwidth/v4.1, Accept: application/json (not on "next page" GETs).
//   * Body (POST only, and only when data != null): camelCase property names in declaration
//     order, properties equal to their type's default (null) left out, enums as lower-case
//     ("post"/"get"), strings escaped like Newtonsoft's defaults (\" \\ \b \f \n \r \t,
//     other U+0000-U+001F and U+0085, U+2028, U+2029 as lower-case \uXXXX, the rest raw);
//     Content-Type: application/json; charset=utf-8.
//   * CreateAsync returns the last '/'-segment of Location's AbsolutePath ("" when there is
//     no Location; a relative Location throws InvalidOperationException).
//   * GetAsync returns null unless the answer's media type is application/json (a missing
//     Content-Type throws NullReferenceException) or when the body is empty.
//   * List is lazy (a request per enumeration), follows Link: <url>; rel="next" and blocks
//     with .Result, so errors surface wrapped in AggregateException.
//   * Non-2xx: 429 -> RateLimitException; otherwise BandwidthException with the JSON body's
//     "message" (or "code"), or the raw body text when neither is there.

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
    private readonly string _baseUrl;
    private readonly AuthenticationHeaderValue _authentication;
    internal static readonly ProductInfoHeaderValue UserAgent =
      new ProductInfoHeaderValue("csharp-bandwidth", "v4.1");

    public Client(string userId, string apiToken, string apiSecret,
      string baseUrl = "https://api.catapult.inetwork.com")
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
      var raw = Encoding.UTF8.GetBytes(apiToken + ":" + apiSecret);
      _authentication = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(raw));
      Application = new ApplicationApi(this);
    }

    /// <summary>Access to the Application API.</summary>
    public IApplication Application { get; private set; }

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
      HttpResponseMessage response;
      // A fresh HttpClient per request, disposed afterwards (the content is buffered first).
      using (var http = new HttpClient(new HttpClientHandler(), true))
      {
        response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead,
          cancellationToken ?? CancellationToken.None);
      }
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
        DateTime time;
        IEnumerable<string> values;
        if (response.Headers.TryGetValues("X-RateLimit-Reset", out values))
        {
          var ms = double.Parse(values.First(), CultureInfo.InvariantCulture);
          time = new DateTime(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddMilliseconds(ms);
        }
        else
        {
          time = DateTime.Now;
        }
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

namespace Bandwidth.Net.Api
{
  /// <summary>Access to the Application API.</summary>
  public interface IApplication
  {
    IEnumerable<Application> List(ApplicationQuery query = null, CancellationToken? cancellationToken = null);
    Task<string> CreateAsync(CreateApplicationData data, CancellationToken? cancellationToken = null);
    Task<Application> GetAsync(string applicationId, CancellationToken? cancellationToken = null);
    Task UpdateAsync(string applicationId, UpdateApplicationData data, CancellationToken? cancellationToken = null);
    Task DeleteAsync(string applicationId, CancellationToken? cancellationToken = null);
  }

  internal class ApplicationApi : IApplication
  {
    private readonly Client _client;

    internal ApplicationApi(Client client)
    {
      _client = client;
    }

    private string Path(string id = null)
    {
      return "/users/" + _client.UserId + "/applications" + (id == null ? "" : "/" + id);
    }

    public IEnumerable<Application> List(ApplicationQuery query = null, CancellationToken? cancellationToken = null)
    {
      return new PagedEnumerable<Application>(_client,
        () => _client.MakeJsonRequestAsync(HttpMethod.Get, Path(), cancellationToken, query));
    }

    public Task<string> CreateAsync(CreateApplicationData data, CancellationToken? cancellationToken = null)
    {
      return _client.MakePostJsonRequestAsync(Path(), cancellationToken, data);
    }

    public Task<Application> GetAsync(string applicationId, CancellationToken? cancellationToken = null)
    {
      return _client.MakeJsonRequestAsync<Application>(HttpMethod.Get, Path(applicationId), cancellationToken);
    }

    public Task UpdateAsync(string applicationId, UpdateApplicationData data,
      CancellationToken? cancellationToken = null)
    {
      return _client.MakeJsonRequestWithoutResponseAsync(HttpMethod.Post, Path(applicationId),
        cancellationToken, null, data);
    }

    public Task DeleteAsync(string applicationId, CancellationToken? cancellationToken = null)
    {
      return _client.MakeJsonRequestWithoutResponseAsync(HttpMethod.Delete, Path(applicationId),
        cancellationToken);
    }
  }

  /// <summary>Lazy list over pages linked with Link: &lt;url&gt;; rel="next".</summary>
  internal class PagedEnumerable<T> : IEnumerable<T>
  {
    private readonly Client _client;
    private readonly Func<Task<HttpResponseMessage>> _firstPage;

    internal PagedEnumerable(Client client, Func<Task<HttpResponseMessage>> firstPage)
    {
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

  /// <summary>Application information (as returned by GET).</summary>
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

  /// <summary>Query for List. Bandwidth.Net 4.x has Size only (no Page).</summary>
  public class ApplicationQuery
  {
    public int? Size { get; set; }
  }

  /// <summary>Parameters of a new application.</summary>
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

  /// <summary>Changed parameters of an application.</summary>
  public class UpdateApplicationData : CreateApplicationData
  {
  }

  /// <summary>HTTP method for callbacks; sent as "post" / "get".</summary>
  public enum CallbackHttpMethod
  {
    Post,
    Get
  }
}
