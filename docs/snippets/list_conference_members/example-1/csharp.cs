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

        var members = client.Conference.GetMembers("conf-7qrj2t3lfixl4cgjcdonkna");
        foreach (var item in members)
        {
            Console.WriteLine(item.Id);
        }
    }
}
