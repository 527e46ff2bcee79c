// TEST STAND-IN -- part of the stand-in for the NuGet package `Bandwidth.Net` 4.1.2 (see
// Bandwidth.Net.cs); NOT the real library. Phone numbers: /v1/users/{userId}/phoneNumbers. A Provider sends
// providerName "bandwidth-dashboard" unless changed; its Properties keys are camelCased.
// Written from a reading of src/Bandwidth.Net/Api/PhoneNumber.cs at 4.1.2; none of its code is copied.

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
  public interface IPhoneNumber
  {
    IEnumerable<PhoneNumber> List(PhoneNumberQuery query = null, CancellationToken? cancellationToken = null);
    Task<string> CreateAsync(CreatePhoneNumberData data, CancellationToken? cancellationToken = null);
    Task<PhoneNumber> GetAsync(string phoneNumberId, CancellationToken? cancellationToken = null);
    Task UpdateAsync(string phoneNumberId, UpdatePhoneNumberData data, CancellationToken? cancellationToken = null);
    Task DeleteAsync(string phoneNumberId, CancellationToken? cancellationToken = null);
  }

  internal class PhoneNumberApi : ApiBase, IPhoneNumber
  {
    private string Path(string id = null)
    {
      return $"/users/{Client.UserId}/phoneNumbers" + (id == null ? "" : "/" + id);
    }

    public IEnumerable<PhoneNumber> List(PhoneNumberQuery query = null, CancellationToken? cancellationToken = null)
    {
      return new LazyEnumerable<PhoneNumber>(Client,
        () => Client.MakeJsonRequestAsync(HttpMethod.Get, Path(), cancellationToken, query));
    }

    public Task<string> CreateAsync(CreatePhoneNumberData data, CancellationToken? cancellationToken = null)
    {
      return Client.MakePostJsonRequestAsync(Path(), cancellationToken, data);
    }

    public Task<PhoneNumber> GetAsync(string phoneNumberId, CancellationToken? cancellationToken = null)
    {
      return Client.MakeJsonRequestAsync<PhoneNumber>(HttpMethod.Get, Path(phoneNumberId), cancellationToken);
    }

    public Task UpdateAsync(string phoneNumberId, UpdatePhoneNumberData data, CancellationToken? cancellationToken = null)
    {
      return Client.MakeJsonRequestWithoutResponseAsync(HttpMethod.Post, Path(phoneNumberId), cancellationToken, null, data);
    }

    public Task DeleteAsync(string phoneNumberId, CancellationToken? cancellationToken = null)
    {
      return Client.MakeJsonRequestWithoutResponseAsync(HttpMethod.Delete, Path(phoneNumberId), cancellationToken);
    }
  }

  public class PhoneNumber
  {
    public string Id { get; set; }
    public string Name { get; set; }
    public string Number { get; set; }
    public string NationalNumber { get; set; }
    public string City { get; set; }
    public string State { get; set; }
    public string ApplicationId { get; set; }
    public string FallbackNumber { get; set; }
    public string Price { get; set; }
    public DateTime CreatedTime { get; set; }
    public PhoneNumberState NumberState { get; set; }
  }

  public class CreatePhoneNumberData
  {
    public string Name { get; set; }
    public string Number { get; set; }
    public string ApplicationId { get; set; }
    public string FallbackNumber { get; set; }
    public PhoneNumberProvider Provider { get; set; }
  }

  public class PhoneNumberProvider
  {
    public string ProviderName { get; set; } = "bandwidth-dashboard";
    public IDictionary<string, object> Properties { get; set; }
  }

  public class UpdatePhoneNumberData
  {
    public string Name { get; set; }
    public string ApplicationId { get; set; }
    public string FallbackNumber { get; set; }
  }

  public enum PhoneNumberState
  {
    Enabled,
    Released
  }

  public class PhoneNumberQuery
  {
    public int? Size { get; set; }
    public string ApplicationId { get; set; }
    public string State { get; set; }
    public string Name { get; set; }
    public string City { get; set; }
    public PhoneNumberState? NumberState { get; set; }
  }
}
