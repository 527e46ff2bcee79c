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

        var applicationId = await client.Application.CreateAsync(new CreateApplicationData
        {
            Name = "SampleApp2",
            IncomingCallUrl = "http://your-server.com/CallCallback",
            IncomingCallUrlCallbackTimeout = 5000,
            IncomingCallFallbackUrl = "http://your-fallback-server.com/CallCallback",
            IncomingMessageUrl = "http://your-server.com/MsgCallback",
            IncomingMessageUrlCallbackTimeout = 8000,
            IncomingMessageFallbackUrl = "http://your-fallback-server.com/MsgCallback",
            CallbackHttpMethod = CallbackHttpMethod.Post,
            AutoAnswer = false
        });
        Console.WriteLine(applicationId);
    }
}
