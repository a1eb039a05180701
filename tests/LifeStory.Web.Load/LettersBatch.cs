using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace LifeStory.Web.Load;

/// <summary>
/// `letters-batch`: the week's letters through the running app. The demo social worker imports Maisie's and Yusuf's
/// cases again with every review signed; the demo IRO puts the child and everyone in each case on each review's
/// list (every third person by email, the rest by post); then she makes them all at once on /Reviews/Letters. Prints
/// the letters per second from the click to the finished print pack, the server's peak working set meanwhile, and
/// how many emails reached the driver's own loopback relay.
/// </summary>
internal static partial class LettersBatch
{
    public static async Task<int> RunAsync(string repository)
    {
        using var relay = new CountingSmtp();
        using var server = await ServerProcess.StartAsync(repository, environment: new Dictionary<string, string>
        {
            ["LifeStory__Mail__Host"] = "127.0.0.1",
            ["LifeStory__Mail__Port"] = relay.Port.ToString(CultureInfo.InvariantCulture),
            ["LifeStory__Mail__From"] = "reviews@council.example",
            ["LifeStory__Mail__UseTls"] = "false",
        });
        var latencies = new Latencies();
        using (var sam = new UserClient(server.Address, latencies))
        {
            await sam.SignInAsync("sam.social", ServerProcess.Password);
            foreach (var child in UserClient.ChildLinks(await sam.GetAsync("children", "/Children")))
            {
                var record = await sam.GetAsync("record", child);
                var sample = record.Contains("<h1>Maisie</h1>", StringComparison.Ordinal) ? "maisie" : "yusuf";
                var imported = await sam.UploadAsync(child, $"{child}?handler=Import", SignedZip(Path.Combine(repository, "samples", sample)));
                if (!imported.IsSuccessStatusCode && imported.StatusCode != HttpStatusCode.Redirect)
                    throw new InvalidOperationException($"Importing signed {sample} failed: {imported.StatusCode}");
            }
        }

        using var iris = new UserClient(server.Address, latencies);
        await iris.SignInAsync("iris.iro", ServerProcess.Password);
        var listed = 0;
        foreach (var child in UserClient.ChildLinks(await iris.GetAsync("children", "/Children")))
        {
            var record = await iris.GetAsync("record", child);
            foreach (var date in ReviewDates(record.Contains("<h1>Maisie</h1>", StringComparison.Ordinal) ? "maisie" : "yusuf", repository))
            {
                var page = $"{child}/Reviews/{date}/Letters";
                var html = await iris.GetAsync("letters", page);
                var who = html[html.IndexOf("<select id=\"PersonId\"", StringComparison.Ordinal)..];
                who = who[..who.IndexOf("</select>", StringComparison.Ordinal)];
                foreach (var person in PersonChoices().Matches(who).Select(m => m.Groups[1].Value).ToList())
                {
                    var email = listed % 3 == 0;
                    var added = await iris.PostAsync(page, $"{page}?handler=Add", new Dictionary<string, string>
                    {
                        ["PersonId"] = person, ["Route"] = email ? "Email" : "Post",
                        ["Email"] = email ? $"reader{listed}@example.org" : "", ["Address"] = "1 Example Road\nLeeds\nLS2 9ZZ",
                    });
                    if (added.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"Adding {person} to {page} failed: {added.StatusCode}");
                    listed++;
                }
            }
        }
        var waiting = await iris.GetAsync("letters", "/Reviews/Letters");
        Console.WriteLine($"{listed} copies on the lists; the week's letters page says: {MakeAll().Match(waiting).Value}");

        var before = server.MemoryMegabytes();
        var memory = new List<double> { before };
        var clock = Stopwatch.StartNew();
        var started = await iris.PostAsync("/Reviews/Letters", "/Reviews/Letters?handler=Start", []);
        var job = Job().Match(started.Headers.Location?.OriginalString ?? "").Groups[1].Value;
        string panel;
        while (!(panel = await iris.GetAsync("progress", $"/Reviews/Letters?handler=Progress&job={job}")).Contains("<h2>Done</h2>", StringComparison.Ordinal))
        {
            memory.Add(server.MemoryMegabytes());
            await Task.Delay(250);
        }
        clock.Stop();
        memory.Add(server.MemoryMegabytes());
        var pack = await iris.BytesAsync($"/Reviews/Letters?handler=Pack&job={job}");
        var summary = Summary().Match(panel).Groups[1].Value;
        Console.WriteLine(summary);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{listed} letters in {clock.Elapsed.TotalSeconds:N1} s = {listed / clock.Elapsed.TotalSeconds:N2} letters/s; print pack {pack.Length / 1024.0 / 1024.0:N1} MB; "
            + $"emails at the relay: {relay.Messages}; server working set {before:N0} MB before, peak {memory.Max():N0} MB during the batch"));
        return summary.Contains("not sent", StringComparison.Ordinal) || latencies.Errors > 0 ? 3 : 0;
    }

    /// <summary>The sample zipped as the import expects, with every review signed by its IRO on 30 November 2026.</summary>
    private static byte[] SignedZip(string folder)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(folder, file).Replace('\\', '/');
                if (relative.StartsWith("output", StringComparison.Ordinal) || relative.StartsWith(".lifestory-cache", StringComparison.Ordinal)) continue;
                using var entry = zip.CreateEntry(relative).Open();
                if (relative == "case.yaml")
                    entry.Write(Encoding.UTF8.GetBytes(ReviewIro().Replace(File.ReadAllText(file).Replace("\r\n", "\n", StringComparison.Ordinal),
                        m => m.Value + "    signed:\n      - { by: " + m.Groups[1].Value + ", date: 2026-11-30 }\n")));
                else entry.Write(File.ReadAllBytes(file));
            }
        }
        return buffer.ToArray();
    }

    private static IEnumerable<string> ReviewDates(string sample, string repository)
    {
        var yaml = File.ReadAllText(Path.Combine(repository, "samples", sample, "case.yaml"));
        var reviews = yaml[yaml.IndexOf("\nreviews:", StringComparison.Ordinal)..];
        return ReviewDate().Matches(reviews).Select(m => m.Groups[1].Value);
    }

    [GeneratedRegex(@"(?m)^    iro: ([a-z0-9-]+)\n")]
    private static partial Regex ReviewIro();

    [GeneratedRegex(@"(?m)^  - date: (\d{4}-\d{2}-\d{2})")]
    private static partial Regex ReviewDate();

    [GeneratedRegex("<option value=\"([^\"]+)\"[^>]*>[^<]*</option>")]
    private static partial Regex PersonChoices();

    [GeneratedRegex(@"Make and send all \d+")]
    private static partial Regex MakeAll();

    [GeneratedRegex(@"job=([0-9a-f-]{36})")]
    private static partial Regex Job();

    [GeneratedRegex("id=\"batch-summary\">([^<]*)<")]
    private static partial Regex Summary();
}
