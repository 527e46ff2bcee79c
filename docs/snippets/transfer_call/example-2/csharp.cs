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

        var callId = await client.Call.TransferAsync("c-qbs5kwrsyx6wsdi", "+18382947878", "private", new WhisperAudio { Sentence = "You have an incoming call", Gender = Gender.Female, Voice = "Julie", Locale = "en_US" });
        Console.WriteLine(callId);
    }
}
