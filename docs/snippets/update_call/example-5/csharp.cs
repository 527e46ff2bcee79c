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

        await client.Call.RejectAsync("c-qbs5kwrsyx6wsdi");
        Console.WriteLine("Done");
    }
}
