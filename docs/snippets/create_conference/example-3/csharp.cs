using System;
using System.Threading.Tasks;
using Bandwidth.Net;
using Bandwidth.Net.Api;

public class Program
{
    public static void Main()
    {
        RunAsync().GetAwaiter().GetResult();
    }

    private static async Task RunAsync()
    {
        var client = new Client(
            "YOUR_USER_ID",
            "YOUR_API_TOKEN",
            "YOUR_API_SECRET",
            "https://api.catapult.inetwork.com");

        var conferenceId = await client.Conference.CreateAsync(new CreateConferenceData
        {
            From = "+19195551212",
            CallbackUrl = "http://my.callback.url/conferences",
            CallbackTimeout = 2000,
            FallbackUrl = "http://my.fallback.url/conferences",
            Profile = ConferenceDtmfProfile.PassthruDigits
        });
        Console.WriteLine(conferenceId);
    }
}
