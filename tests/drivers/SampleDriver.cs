// Test driver: runs C# samples compiled into one program, marking each at the stub first.
// The test harness wraps each sample in its own namespace (Sample0, Sample1, ...) and writes
// SampleTable (labels and Main methods). Usage: mono batch.exe MARK_URL RESULTS (format as in
// run_curl.sh).
using System;
using System.IO;
using System.Net.Http;
using System.Text;

public static class SampleDriver
{
    public static int Main(string[] args)
    {
        var markUrl = args[0];
        var lines = new StringBuilder();
        using (var http = new HttpClient())
        {
            for (var i = 0; i < SampleTable.Labels.Length; i++)
            {
                var label = SampleTable.Labels[i];
                http.PostAsync(markUrl, new StringContent(label)).Result.Dispose();
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
