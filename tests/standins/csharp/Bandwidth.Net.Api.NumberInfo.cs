// TEST STAND-IN -- part of the stand-in for the NuGet package `Bandwidth.Net` 4.1.2 (see
// Bandwidth.Net.cs); NOT the real library. Number info: GET /v1/phoneNumbers/numberInfo/{Uri.EscapeDataString(number)}.
// Written from a reading of src/Bandwidth.Net/Api/NumberInfo.cs at 4.1.2; none of its code is copied.

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
  public interface INumberInfo
  {
    Task<NumberInfo> GetAsync(string number, CancellationToken? cancellationToken = null);
  }

  internal class NumberInfoApi : ApiBase, INumberInfo
  {
    public Task<NumberInfo> GetAsync(string number, CancellationToken? cancellationToken = null)
    {
      return Client.MakeJsonRequestAsync<NumberInfo>(HttpMethod.Get,
        $"/phoneNumbers/numberInfo/{Uri.EscapeDataString(number)}", cancellationToken);
    }
  }

  public class NumberInfo
  {
    public string Name { get; set; }
    public string Number { get; set; }
    public DateTime Created { get; set; }
    public DateTime Updated { get; set; }
  }
}
