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
            Name = "MyFirstApp",
            IncomingCallUrl = "http://example.com/calls.php",
            IncomingMessageUrl = "http://example.com/messages.php",
            CallbackHttpMethod = CallbackHttpMethod.Get,
            AutoAnswer = true
        });
        Console.WriteLine(applicationId);
    }
}
