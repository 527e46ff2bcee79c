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
        var messageId = await client.Message.SendAsync(new MessageData
        {
            From = "+19195551212",
            To = "+19195551213",
            Text = "Good morning, this is a test message",
            Media = new string[] { "http://your-site.com/image-1.jpg" },
            CallbackUrl = "http://my.callback.url/messages"
        });
        Console.WriteLine(messageId);
    }
}
