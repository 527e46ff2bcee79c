// TEST STAND-IN -- part of the stand-in for the NuGet package `Bandwidth.Net` 4.1.2 (see
// Bandwidth.Net.cs); NOT the real library. Available numbers: /v1/availableNumbers/{local,tollFree} (not
// under /users). The SearchAndOrder methods POST the query as a query string and the JSON
// body "" (the real code passes an empty string as the body).
// Written from a reading of src/Bandwidth.Net/Api/AvailableNumber.cs at 4.1.2; none of its code is copied.

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
  public interface IAvailableNumber
  {
    Task<AvailableNumber[]> SearchLocalAsync(LocalNumberQuery query, CancellationToken? cancellationToken = null);
    Task<AvailableNumber[]> SearchTollFreeAsync(TollFreeNumberQuery query, CancellationToken? cancellationToken = null);
    Task<OrderedNumber[]> SearchAndOrderLocalAsync(LocalNumberQueryForOrder query,
      CancellationToken? cancellationToken = null);
    Task<OrderedNumber[]> SearchAndOrderTollFreeAsync(TollFreeNumberQueryForOrder query,
      CancellationToken? cancellationToken = null);
  }

  internal class AvailableNumberApi : ApiBase, IAvailableNumber
  {
    public Task<AvailableNumber[]> SearchLocalAsync(LocalNumberQuery query, CancellationToken? cancellationToken = null)
    {
      return Client.MakeJsonRequestAsync<AvailableNumber[]>(HttpMethod.Get, "/availableNumbers/local",
        cancellationToken, query);
    }

    public Task<AvailableNumber[]> SearchTollFreeAsync(TollFreeNumberQuery query,
      CancellationToken? cancellationToken = null)
    {
      return Client.MakeJsonRequestAsync<AvailableNumber[]>(HttpMethod.Get, "/availableNumbers/tollFree",
        cancellationToken, query);
    }

    public Task<OrderedNumber[]> SearchAndOrderLocalAsync(LocalNumberQueryForOrder query,
      CancellationToken? cancellationToken = null)
    {
      return Client.MakeJsonRequestAsync<OrderedNumber[]>(HttpMethod.Post, "/availableNumbers/local",
        cancellationToken, query, "");
    }

    public Task<OrderedNumber[]> SearchAndOrderTollFreeAsync(TollFreeNumberQueryForOrder query,
      CancellationToken? cancellationToken = null)
    {
      return Client.MakeJsonRequestAsync<OrderedNumber[]>(HttpMethod.Post, "/availableNumbers/tollFree",
        cancellationToken, query, "");
    }
  }

  public class TollFreeNumberQueryForOrder
  {
    public int? Quantity { get; set; }
  }

  public class TollFreeNumberQuery : TollFreeNumberQueryForOrder
  {
    public string Pattern { get; set; }
  }

  public class LocalNumberQuery
  {
    public string City { get; set; }
    public string State { get; set; }
    public string Zip { get; set; }
    public string AreaCode { get; set; }
    public string LocalNumber { get; set; }
    public bool? InLocalCallingArea { get; set; }
    public int? Quantity { get; set; }
  }

  public class LocalNumberQueryForOrder : LocalNumberQuery
  {
    public string Pattern { get; set; }
  }

  public class AvailableNumber
  {
    public string Number { get; set; }
    public string NationalNumber { get; set; }
    public string PatternMatch { get; set; }
    public string City { get; set; }
    public string Lata { get; set; }
    public string RateCenter { get; set; }
    public string State { get; set; }
    public string Price { get; set; }
  }

  public class OrderedNumber
  {
    public string Id => Location.Split('/').LastOrDefault();
    public string Number { get; set; }
    public string NationalNumber { get; set; }
    public string Price { get; set; }
    public string Location { get; set; }
  }
}
