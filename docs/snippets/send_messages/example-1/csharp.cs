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

        // Bandwidth.Net cannot send callbackHttpMethod: MessageData has no such property (the cURL tab sends it).
        var messages = await client.Message.SendAsync(new[]
        {
            new MessageData
            {
                From = "+19195551211",
                To = "+19195551213",
                Text = "Thank you for subscribing to Unicorn Enterprises!"
            },
            new MessageData
            {
                From = "+19195551212",
                To = "+19195551214",
                Text = "Thank you for subscribing to Unicorn Enterprises!"
            }
        });
        foreach (var item in messages)
        {
            Console.WriteLine(item.Id);
        }
    }
}
