using System;
using Bandwidth.Net;
using Bandwidth.Net.Api;

public class Program
{
    public static void Main()
    {
        var client = new Client(
            "YOUR_USER_ID",
            "YOUR_API_TOKEN",
            "YOUR_API_SECRET",
            "https://api.catapult.inetwork.com");

        // Bandwidth.Net cannot send page: CallQuery has no such property (the cURL tab sends it).
        var calls = client.Call.List(new CallQuery
        {
            From = "+19195551212"
        });
        foreach (var item in calls)
        {
            Console.WriteLine(item.Id);
        }
    }
}
