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

        await client.Conference.MuteMemberAsync("conf-7qrj2t3lfixl4cgjcdonkna", "member-i3bgynrxllq3n3hbe5ccaxq", true);
        Console.WriteLine("Done");
    }
}
