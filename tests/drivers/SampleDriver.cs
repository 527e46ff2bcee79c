// Test driver: runs C# samples compiled into one program, marking each at the stub first.
// The test harness wraps each sample in its own namespace (Sample0, Sample1, ...) and writes
// SampleTable (labels and Main methods). Usage: mono batch.exe MARK_URL RESULTS (format as in
// run_curl.sh); MARK_URL's user:password (the API credentials) are sent as Basic auth.
using System;
using System.IO;
using System.Net.Http;
using System.Text;

public static class SampleDriver
{
    public static int Main(string[] args)
    {
        var markUri = new Uri(args[0]);
        var markUrl = markUri.GetComponents(
            UriComponents.SchemeAndServer | UriComponents.PathAndQuery, UriFormat.UriEscaped);
        var userInfo = markUri.UserInfo.Split(new[] { ':' }, 2);
        var markAuth = Convert.ToBase64String(Encoding.UTF8.GetBytes(
            Uri.UnescapeDataString(userInfo[0]) + ":" + Uri.UnescapeDataString(userInfo[1])));
        var lines = new StringBuilder();
        using (var http = new HttpClient())
        {
            for (var i = 0; i < SampleTable.Labels.Length; i++)
            {
                var label = SampleTable.Labels[i];
                var mark = new HttpRequestMessage(HttpMethod.Post, markUrl);
                mark.Headers.Authorization =
                    new System.Net.Http.Headers.AuthenticationHeaderValue("Basic", markAuth);
                mark.Content = new StringContent(label);
                using (var marked = http.SendAsync(mark).Result)
                {
                    marked.EnsureSuccessStatusCode();
                }
                var captured = new StringWriter();
                var stdout = Console.Out;
                var error = "";
                Console.SetOut(captured);
                try
                {
                    SampleTable.Mains[i]();
                }
                catch (Exception e)
                {
                    error = e.ToString();
                }
                finally
                {
                    Console.SetOut(stdout);
                }
                lines.Append(label).Append('\t').Append(B64(captured.ToString())).Append('\t')
                    .Append(B64(error)).Append('\n');
            }
        }
        File.WriteAllText(args[1], lines.ToString());
        return 0;
    }

    private static string B64(string text)
    {
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(text));
    }
}
