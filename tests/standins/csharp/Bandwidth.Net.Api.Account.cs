// TEST STAND-IN -- part of the stand-in for the NuGet package `Bandwidth.Net` 4.1.2 (see
// Bandwidth.Net.cs); NOT the real library. Account: /v1/users/{userId}/account[/transactions].
// Written from a reading of src/Bandwidth.Net/Api/Account.cs at 4.1.2; none of its code is copied.

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
  public interface IAccount
  {
    Task<Account> GetAsync(CancellationToken? cancellationToken = null);
    IEnumerable<AccountTransaction> GetTransactions(AccountTransactionQuery query = null,
      CancellationToken? cancellationToken = null);
  }

  internal class AccountApi : ApiBase, IAccount
  {
    public Task<Account> GetAsync(CancellationToken? cancellationToken = null)
    {
      return Client.MakeJsonRequestAsync<Account>(HttpMethod.Get, $"/users/{Client.UserId}/account", cancellationToken);
    }

    public IEnumerable<AccountTransaction> GetTransactions(AccountTransactionQuery query = null,
      CancellationToken? cancellationToken = null)
    {
      return new LazyEnumerable<AccountTransaction>(Client,
        () => Client.MakeJsonRequestAsync(HttpMethod.Get, $"/users/{Client.UserId}/account/transactions",
          cancellationToken, query));
    }
  }

  public class Account
  {
    public string Balance { get; set; }
    public AccountType AccountType { get; set; }
  }

  public class AccountTransactionQuery
  {
    public int? MaxItems { get; set; }
    public DateTime? ToDate { get; set; }
    public DateTime? FromDate { get; set; }
    public AccountTransactionType? Type { get; set; }
    public string Number { get; set; }
    public int? Size { get; set; }
  }

  public class AccountTransaction
  {
    public string Id { get; set; }
    public DateTime Time { get; set; }
    public string Amount { get; set; }
    public AccountTransactionType Type { get; set; }
    public string Units { get; set; }
    public string Number { get; set; }
    public ProductType ProductType { get; set; }
  }

  public enum AccountType
  {
    PrePay
  }

  public enum AccountTransactionType
  {
    Charge,
    Payment,
    Credit,
    AutoRecharge
  }

  public enum ProductType
  {
    LocalNumberPerMonth,
    TollFreeNumberPerMonth,
    SmsIn,
    SmsOut,
    MmsIn,
    MmsOut,
    CallIn,
    CallOut,
    SipCallIn,
    SipCallOut,
    Transcription,
    CnamSearch,
    ToolFreeNumberPerMonth,
    SmsWShortcodes,
    SmsInTollFree,
    SmsOutTollFree,
    Portin,
    ImportedNumber
  }
}
