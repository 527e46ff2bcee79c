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

        var gatherId = await client.Call.CreateGatherAsync("c-qbs5kwrsyx6wsdi", new CreateGatherData
        {
            MaxDigits = "1",
            Tag = "main-menu",
            Prompt = new GatherPrompt { FileUrl = "http://example.com/menu.mp3", LoopEnabled = true }
        });
        Console.WriteLine(gatherId);
    }
}
