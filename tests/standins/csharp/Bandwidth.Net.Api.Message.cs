// TEST STAND-IN -- part of the stand-in for the NuGet package `Bandwidth.Net` 4.1.2 (see
// Bandwidth.Net.cs); NOT the real library. Messages (v1): /v1/users/{userId}/messages. SendAsync(MessageData)
// returns the new id; SendAsync(MessageData[]) posts the array and returns the answer's
// SendMessageResult[] with each item's Message set to the matching input (4.1.2: Id throws
// NullReferenceException when the item has no location). Query values go through
// Convert.ToString (Direction.In -> "In", SortOrder.Asc -> "Asc").
// Written from a reading of src/Bandwidth.Net/Api/Message.cs at 4.1.2; none of its code is copied.

using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Bandwidth.Net.Api
{
  public interface IMessage
  {
    IEnumerable<Message> List(MessageQuery query = null, CancellationToken? cancellationToken = null);
    Task<string> SendAsync(MessageData data, CancellationToken? cancellationToken = null);
    Task<SendMessageResult[]> SendAsync(MessageData[] data, CancellationToken? cancellationToken = null);
    Task<Message> GetAsync(string messageId, CancellationToken? cancellationToken = null);
    Task PatchAsync(string messageId, PatchMessageData data, CancellationToken? cancellationToken = null);
  }

  internal class MessageApi : ApiBase, IMessage
  {
    private string Path(string rest = "")
    {
      return $"/users/{Client.UserId}/messages" + rest;
    }

    public IEnumerable<Message> List(MessageQuery query = null, CancellationToken? cancellationToken = null)
    {
      return new LazyEnumerable<Message>(Client,
        () => Client.MakeJsonRequestAsync(HttpMethod.Get, Path(), cancellationToken, query));
    }

    public Task<string> SendAsync(MessageData data, CancellationToken? cancellationToken = null)
    {
      return Client.MakePostJsonRequestAsync(Path(), cancellationToken, data);
    }

    public async Task<SendMessageResult[]> SendAsync(MessageData[] data, CancellationToken? cancellationToken = null)
    {
      var results = await Client.MakeJsonRequestAsync<SendMessageResult[]>(HttpMethod.Post, Path(), cancellationToken,
        null, data);
      for (var i = 0; i < data.Length; i++)
      {
        results[i].Message = data[i];
      }
      return results;
    }

    public Task<Message> GetAsync(string messageId, CancellationToken? cancellationToken = null)
    {
      return Client.MakeJsonRequestAsync<Message>(HttpMethod.Get, Path($"/{messageId}"), cancellationToken);
    }

    public Task PatchAsync(string messageId, PatchMessageData data, CancellationToken? cancellationToken = null)
    {
      return Client.MakeJsonRequestWithoutResponseAsync(new HttpMethod("PATCH"), Path($"/{messageId}"),
        cancellationToken, null, data);
    }
  }

  public class Message
  {
    public string Id { get; set; }
    public string From { get; set; }
    public string To { get; set; }
    public MessageDirection Direction { get; set; }
    public string Text { get; set; }
    public string[] Media { get; set; }
    public MessageState State { get; set; }
    public DateTime Time { get; set; }
    public string CallbackUrl { get; set; }
    public int CallbackTimeout { get; set; }
    public string FallbackUrl { get; set; }
    public string Tag { get; set; }
    public MessageReceiptRequested ReceiptRequested { get; set; }
    public MessageDeliveryState DeliveryState { get; set; }
    public int DeliveryCode { get; set; }
    public string DeliveryDescription { get; set; }
    public int SegmentCount { get; set; }
  }

  public enum MessageState
  {
    Received,
    Queued,
    Sending,
    Sent,
    Error
  }

  public enum MessageReceiptRequested
  {
    None,
    All,
    Error
  }

  /// <summary>NotDelivered is sent/read as "not-delivered".</summary>
  public enum MessageDeliveryState
  {
    Waiting,
    Delivered,
    NotDelivered
  }

  public enum MessageDirection
  {
    In,
    Out
  }

  public class MessageQuery
  {
    public string From { get; set; }
    public string To { get; set; }
    public MessageQueryDateTime FromDateTime { get; set; }
    public MessageQueryDateTime ToDateTime { get; set; }
    public MessageDirection? Direction { get; set; }
    public MessageState? State { get; set; }
    public MessageDeliveryState? DeliveryState { get; set; }
    public SortOrder? SortOrder { get; set; }
    public int? Size { get; set; }
  }

  /// <summary>Note: ReceiptRequested is nullable here, so MessageReceiptRequested.None is sent ("none").</summary>
  public class MessageData
  {
    public string From { get; set; }
    public string To { get; set; }
    public string Text { get; set; }
    public string[] Media { get; set; }
    public string CallbackUrl { get; set; }
    public int? CallbackTimeout { get; set; }
    public string FallbackUrl { get; set; }
    public string Tag { get; set; }
    public MessageReceiptRequested? ReceiptRequested { get; set; }
  }

  public class SendMessageResult
  {
    public SendMessageResults Result { get; set; }
    public string Location { get; set; }
    public string Id => Location.Split('/').Last();
    public Error Error { get; set; }
    public MessageData Message { get; set; }
  }

  public enum SendMessageResults
  {
    Accepted,
    Error
  }

  /// <summary>A DateTime that a query writes as "yyyy-MM-dd HH:mm:ss".</summary>
  public class MessageQueryDateTime
  {
    private readonly DateTime _time;

    public MessageQueryDateTime(DateTime time)
    {
      _time = time;
    }

    public static implicit operator DateTime(MessageQueryDateTime time)
    {
      return time._time;
    }

    public static implicit operator MessageQueryDateTime(DateTime time)
    {
      return new MessageQueryDateTime(time);
    }

    public override string ToString()
    {
      return _time.ToString("yyyy-MM-dd HH:mm:ss");
    }
  }

  public class PatchMessageData
  {
    public string Text { get; set; }
  }
}
