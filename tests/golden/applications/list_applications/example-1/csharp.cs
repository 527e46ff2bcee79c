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

        var applications = client.Application.List(new ApplicationQuery());
        foreach (var item in applications)
        {
            Console.WriteLine(item.Id);
        }
    }
}
