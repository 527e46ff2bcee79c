// TEST STAND-IN -- part of the stand-in for the NuGet package `Bandwidth.Net` 4.1.2 (see
// Bandwidth.Net.cs); NOT the real library. Media: /v1/users/{userId}/media[/{Uri.EscapeDataString(name)}].
// Upload is a PUT of the raw content (Path, Stream, Buffer or String; the last one set wins)
// with Content-Type ContentType or application/octet-stream and no Accept header.
// Written from a reading of src/Bandwidth.Net/Api/Media.cs at 4.1.2; none of its code is copied.

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
  public interface IMedia
  {
    IEnumerable<MediaFile> List(CancellationToken? cancellationToken = null);
    Task UploadAsync(UploadMediaFileData data, CancellationToken? cancellationToken = null);
    Task<DownloadMediaFileData> DownloadAsync(string mediaName, CancellationToken? cancellationToken = null);
    Task DeleteAsync(string mediaName, CancellationToken? cancellationToken = null);
  }

  internal class MediaApi : ApiBase, IMedia
  {
    public IEnumerable<MediaFile> List(CancellationToken? cancellationToken = null)
    {
      return new LazyEnumerable<MediaFile>(Client,
        () => Client.MakeJsonRequestAsync(HttpMethod.Get, $"/users/{Client.UserId}/media", cancellationToken));
    }

    public async Task UploadAsync(UploadMediaFileData data, CancellationToken? cancellationToken = null)
    {
      if (data == null) throw new ArgumentNullException("data");
      if (string.IsNullOrEmpty(data.MediaName)) throw new ArgumentException("data.MediaName is required");
      var request = Client.CreateRequest(HttpMethod.Put,
        $"/users/{Client.UserId}/media/{Uri.EscapeDataString(data.MediaName)}");
      IDisposable file = null;
      if (data.Path != null)
      {
        var stream = File.OpenRead(data.Path);
        file = stream;
        request.Content = new StreamContent(stream);
      }
      if (data.Stream != null) request.Content = new StreamContent(data.Stream);
      if (data.Buffer != null) request.Content = new ByteArrayContent(data.Buffer);
      if (data.String != null) request.Content = new StringContent(data.String, Encoding.UTF8);
      if (request.Content == null)
      {
        throw new ArgumentException("Path, Stream, Buffer or String is required. Please fill one of them.");
      }
      request.Content.Headers.ContentType = new MediaTypeHeaderValue(data.ContentType ?? "application/octet-stream");
      using (await Client.MakeRequestAsync(request, cancellationToken))
      {
        if (file != null) file.Dispose();
      }
    }

    public async Task<DownloadMediaFileData> DownloadAsync(string mediaName, CancellationToken? cancellationToken = null)
    {
      if (string.IsNullOrEmpty(mediaName)) throw new ArgumentNullException("mediaName");
      var request = Client.CreateRequest(HttpMethod.Get, $"/users/{Client.UserId}/media/{Uri.EscapeDataString(mediaName)}");
      var response = await Client.MakeRequestAsync(request, cancellationToken);
      response.EnsureSuccessStatusCode();
      return new DownloadMediaFileData(response);
    }

    public Task DeleteAsync(string mediaName, CancellationToken? cancellationToken = null)
    {
      return Client.MakeJsonRequestWithoutResponseAsync(HttpMethod.Delete,
        $"/users/{Client.UserId}/media/{Uri.EscapeDataString(mediaName)}", cancellationToken);
    }
  }

  public class MediaFile
  {
    public string MediaName { get; set; }
    public int ContentLength { get; set; }
  }

  public class UploadMediaFileData
  {
    public string MediaName { get; set; }
    public string ContentType { get; set; }
    public string Path { get; set; }
    public byte[] Buffer { get; set; }
    public Stream Stream { get; set; }
    public string String { get; set; }
  }

  public sealed class DownloadMediaFileData : IDisposable
  {
    private readonly HttpResponseMessage _response;

    internal DownloadMediaFileData(HttpResponseMessage response)
    {
      _response = response;
    }

    public long? ContentLength => _response.Content.Headers.ContentLength;
    public string ContentType => _response.Content.Headers.ContentType.MediaType;

    public Task<byte[]> ReadAsByteArrayAsync()
    {
      return _response.Content.ReadAsByteArrayAsync();
    }

    public Task<Stream> ReadAsStreamAsync()
    {
      return _response.Content.ReadAsStreamAsync();
    }

    public Task<string> ReadAsStringAsync()
    {
      return _response.Content.ReadAsStringAsync();
    }

    public void Dispose()
    {
      _response.Dispose();
    }
  }
}
