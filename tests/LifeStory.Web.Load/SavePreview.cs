using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace LifeStory.Web.Load;

/// <summary>
/// The editor's promise, measured: one person changes a field of Maisie's details (26-page book), saves through
/// htmx as the browser does, and waits for the preview beside the form to show the new version's page — the panel
/// (which draws that page) and then its picture. Nothing else runs, so the figures are the save-to-preview time alone.
/// </summary>
internal static partial class SavePreview
{
    public static async Task<int> RunAsync(ServerProcess server, int saves)
    {
        var latencies = new Latencies();
        using var handler = new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer(), UseCookies = true };
        using var client = new HttpClient(handler) { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(120) };
        await SignInAsync(client);
        var children = ChildLink().Matches(await client.GetStringAsync("/Children")).Select(m => m.Groups[1].Value).Distinct();
        string? maisie = null;
        foreach (var child in children)
            if ((await client.GetStringAsync(child)).Contains("<h1>Maisie</h1>", StringComparison.Ordinal)) maisie = child;
        if (maisie is null) throw new InvalidOperationException("The demo data has no Maisie.");
        var form = $"{maisie}/Edit/Child";
        var page = await client.GetStringAsync(form);
        var token = Token().Match(page).Groups[1].Value;
        var baseRevision = BaseRevision().Match(page).Groups[1].Value;
        var colour = FavouriteColour().Match(page).Groups[1].Value;
        // Warm: the first layout of the book loads fonts and templates once for the process.
        await client.GetStringAsync($"{maisie}/Edit/Preview?show=child&reader=child");
        Console.WriteLine($"Saving Maisie's favourite colour {saves} times, each followed by the preview panel and its page…");
        for (var save = 1; save <= saves; save++)
        {
            var next = $"colour {save}";
            var total = Stopwatch.StartNew();
            using var request = new HttpRequestMessage(HttpMethod.Post, form)
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["__RequestVerificationToken"] = token, ["BaseRevision"] = baseRevision,
                    ["Values[child.favourite_colour]"] = next, ["Original[child.favourite_colour]"] = colour,
                }),
            };
            request.Headers.Add("HX-Request", "true");
            using var saved = await client.SendAsync(request);
            var answer = await saved.Content.ReadAsStringAsync();
            latencies.Add("1 save (htmx POST)", total.Elapsed.TotalMilliseconds);
            if (saved.StatusCode != HttpStatusCode.OK || !saved.Headers.Contains("HX-Trigger")) latencies.Error();
            var step = Stopwatch.StartNew();
            var panel = await client.GetStringAsync($"{maisie}/Edit/Preview?show=child&reader=child");
            latencies.Add("2 preview panel (draws page)", step.Elapsed.TotalMilliseconds);
            step.Restart();
            var picture = WebUtility.HtmlDecode(Image().Match(panel).Groups[1].Value);
            var png = await client.GetByteArrayAsync(picture);
            latencies.Add("3 page picture", step.Elapsed.TotalMilliseconds);
            latencies.Add("save to updated preview", total.Elapsed.TotalMilliseconds);
            baseRevision = BaseRevision().Match(answer).Groups[1].Value;
            if (!picture.Contains($"/Versions/{baseRevision}/", StringComparison.Ordinal) || png.Length < 1000) latencies.Error();
            colour = next;
        }
        foreach (var line in latencies.Report()) Console.WriteLine(line);
        Console.WriteLine($"errors: {latencies.Errors}");
        return latencies.Errors == 0 ? 0 : 3;
    }

    private static async Task SignInAsync(HttpClient client)
    {
        var token = Token().Match(await client.GetStringAsync("/Accounts/SignIn")).Groups[1].Value;
        var response = await client.PostAsync("/Accounts/SignIn", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = "sam.social", ["Password"] = ServerProcess.Password, ["__RequestVerificationToken"] = token,
        }));
        if (response.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException("sam.social could not sign in.");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("name=\"BaseRevision\" value=\"(\\d+)\"")]
    private static partial Regex BaseRevision();

    [GeneratedRegex("name=\"Values\\[child.favourite_colour\\]\" type=\"text\" value=\"([^\"]*)\"")]
    private static partial Regex FavouriteColour();

    [GeneratedRegex("<img[^>]* src=\"([^\"]+)\"")]
    private static partial Regex Image();

    [GeneratedRegex("href=\"(/Children/[0-9a-f-]{36})\"")]
    private static partial Regex ChildLink();
}
