using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;

namespace LifeStory.Web.Load;

/// <summary>
/// The review page's promise, measured: the IRO types on Maisie's review of 15 September 2026 and the letter beside
/// the form is redrawn from the unsaved form (htmx POST, as the browser sends it after she pauses). Each request
/// changes her words, so nothing can be served from a cache; nothing else runs, so the figures are the preview alone.
/// </summary>
internal static partial class ReviewPreview
{
    public static async Task<int> RunAsync(ServerProcess server, int requests)
    {
        var latencies = new Latencies();
        using var handler = new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer(), UseCookies = true };
        using var client = new HttpClient(handler) { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(120) };
        var signIn = Token().Match(await client.GetStringAsync("/Accounts/SignIn")).Groups[1].Value;
        var signedIn = await client.PostAsync("/Accounts/SignIn", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = "iris.iro", ["Password"] = ServerProcess.Password, ["__RequestVerificationToken"] = signIn,
        }));
        if (signedIn.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException("iris.iro could not sign in.");
        string? maisie = null;
        foreach (var child in ChildLink().Matches(await client.GetStringAsync("/Children")).Select(m => m.Groups[1].Value).Distinct())
            if ((await client.GetStringAsync(child)).Contains("<h1>Maisie</h1>", StringComparison.Ordinal)) maisie = child;
        if (maisie is null) throw new InvalidOperationException("The demo data has no Maisie.");
        var page = $"{maisie}/Reviews/Record?date=2026-09-15";
        var fields = FormFields(await client.GetStringAsync(page));
        Console.WriteLine($"Typing on Maisie's review {requests} times, each followed by the letter redrawn from the unsaved form…");
        for (var i = 0; i <= requests; i++)
        {
            var words = $"I like my new bike number {i}.";
            fields["Form.ChildSaid"] = words;
            using var request = new HttpRequestMessage(HttpMethod.Post, page + "&handler=Preview") { Content = new FormUrlEncodedContent(fields) };
            request.Headers.Add("HX-Request", "true");
            var clock = Stopwatch.StartNew();
            using var response = await client.SendAsync(request);
            var html = await response.Content.ReadAsStringAsync();
            // The first redraw loads fonts and templates once for the process: it is the warm-up, not counted.
            if (i > 0) latencies.Add("letter preview (htmx POST)", clock.Elapsed.TotalMilliseconds);
            if (response.StatusCode != HttpStatusCode.OK || !html.Contains(words, StringComparison.Ordinal)) latencies.Error();
        }
        foreach (var line in latencies.Report()) Console.WriteLine(line);
        Console.WriteLine($"errors: {latencies.Errors}");
        return latencies.Errors == 0 ? 0 : 3;
    }

    /// <summary>What the browser would send from the page's review form: text boxes, chosen options, ticked boxes.</summary>
    private static Dictionary<string, string> FormFields(string html)
    {
        var form = ReviewForm().Match(html).Value;
        var fields = new List<KeyValuePair<string, string>>();
        foreach (Match input in Input().Matches(form))
        {
            var a = Attributes(input.Value);
            if (!a.TryGetValue("name", out var name)) continue;
            if (a.GetValueOrDefault("type") == "checkbox" && !a.ContainsKey("checked")) continue;
            fields.Add(new(name, a.GetValueOrDefault("value", "")));
        }
        foreach (Match box in TextArea().Matches(form)) fields.Add(new(box.Groups[1].Value, WebUtility.HtmlDecode(box.Groups[2].Value)));
        foreach (Match select in Select().Matches(form))
        {
            var chosen = Selected().Match(select.Groups[2].Value);
            fields.Add(new(select.Groups[1].Value, chosen.Success ? WebUtility.HtmlDecode(chosen.Groups[1].Value) : ""));
        }
        // Several ticked boxes of one name are sent joined, which is how the page reads them too.
        return fields.GroupBy(f => f.Key).ToDictionary(g => g.Key, g => string.Join(",", g.Select(f => f.Value)));
    }

    private static Dictionary<string, string> Attributes(string tag) =>
        Attribute().Matches(tag).GroupBy(m => m.Groups[1].Value).ToDictionary(g => g.Key, g => WebUtility.HtmlDecode(g.First().Groups[2].Value));

    [GeneratedRegex("<form id=\"review-form\".*?</form>", RegexOptions.Singleline)]
    private static partial Regex ReviewForm();

    [GeneratedRegex("<input\\b[^>]*>")]
    private static partial Regex Input();

    [GeneratedRegex("<textarea\\b[^>]*name=\"([^\"]+)\"[^>]*>(.*?)</textarea>", RegexOptions.Singleline)]
    private static partial Regex TextArea();

    [GeneratedRegex("<select\\b[^>]*name=\"([^\"]+)\"[^>]*>(.*?)</select>", RegexOptions.Singleline)]
    private static partial Regex Select();

    [GeneratedRegex("<option value=\"([^\"]*)\" selected=\"selected\"")]
    private static partial Regex Selected();

    [GeneratedRegex("([a-zA-Z_-]+)=\"([^\"]*)\"")]
    private static partial Regex Attribute();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("href=\"(/Children/[0-9a-f-]{36})\"")]
    private static partial Regex ChildLink();
}
