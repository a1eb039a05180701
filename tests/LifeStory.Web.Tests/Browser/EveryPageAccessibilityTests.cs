using System.Text.RegularExpressions;
using LifeStory.Web.Tests.Reviews.Sending;
using LifeStory.Web.Tests.Support;
using Microsoft.Playwright;

namespace LifeStory.Web.Tests.Browser;

/// <summary>
/// Every page each role can reach, found by following the links the pages themselves show (so a new page is scanned
/// the day it is linked), scanned by axe-core in chromium once its htmx panels have loaded. The journeys scan the
/// pages they pass through; this finds the ones no journey visits. Pages of one shape (the third home's form and the
/// fourth's) are scanned once.
/// </summary>
public sealed partial class EveryPageAccessibilityTests(Xunit.Abstractions.ITestOutputHelper output)
{
    /// <summary>More than the app has today for any role; a crawl that reaches it has found a loop, not pages.</summary>
    private const int MostPagesPerRole = 120;

    [Fact]
    public async Task Given_every_page_each_role_can_reach_When_axe_scans_it_Then_none_has_a_WCAG_A_or_AA_violation()
    {
        await using var browser = await BrowserSession.StartAsync(clock: new FixedClock(SendingCase.Now));
        var child = await SendingCase.ImportAsync(browser.Host);
        var problems = new List<string>();
        var scanned = new Dictionary<string, List<string>>();
        foreach (var (user, start) in new[] { ("sam.social", $"/Children/{child}"), ("iris.iro", "/Reviews"), ("ruth.manager", $"/Children/{child}"), ("alex.admin", "/") })
        {
            var page = await browser.SignInAsync(user);
            var shapes = new HashSet<string>(StringComparer.Ordinal);
            var queue = new Queue<string>([start, "/"]);
            scanned[user] = [];
            while (queue.TryDequeue(out var address) && scanned[user].Count < MostPagesPerRole)
            {
                if (!shapes.Add(Shape(address))) continue;
                IResponse? response;
                try
                {
                    response = await page.GotoAsync(address);
                }
                catch (PlaywrightException download) when (download.Message.StartsWith("Download is starting", StringComparison.Ordinal))
                {
                    continue; // a file, not a page
                }
                if (response is not { Ok: true } || !(response.Headers.TryGetValue("content-type", out var type) && type.StartsWith("text/html", StringComparison.Ordinal))) continue;
                await page.WaitForLoadStateAsync(LoadState.NetworkIdle, new() { Timeout = 120_000 });
                scanned[user].Add(address);
                problems.AddRange((await BrowserSession.AccessibilityProblemsAsync(page)).Select(p => $"{user} {p}"));
                foreach (var link in await page.EvalOnSelectorAllAsync<string[]>("a[href]", "links => links.map(a => a.getAttribute('href'))"))
                    if (Followed(link) is { } next) queue.Enqueue(next);
            }
        }

        foreach (var (user, pages) in scanned) output.WriteLine($"{user}: {pages.Count} pages scanned\n  {string.Join("\n  ", pages)}");
        Assert.Empty(problems);
        // The crawl really went round the app: each role's own pages were among those scanned.
        Assert.Contains(scanned["sam.social"], a => a.EndsWith("/Edit/Photos", StringComparison.Ordinal));
        Assert.Contains(scanned["sam.social"], a => Regex.IsMatch(a, "/Edit/Homes/\\d+$"));
        Assert.Contains(scanned["iris.iro"], a => a.Contains("/Reviews/Record", StringComparison.Ordinal));
        Assert.Contains(scanned["alex.admin"], a => a.StartsWith("/Admin", StringComparison.Ordinal));
        Assert.All(scanned.Values, pages => Assert.True(pages.Count < MostPagesPerRole, string.Join("\n", pages)));
    }

    /// <summary>
    /// A link to follow: the app's own pages, without fragments. Not downloads or page pictures (they are not pages),
    /// and not the account pages (signing out would end the crawl; the journeys scan sign-in).
    /// </summary>
    private static string? Followed(string? href)
    {
        if (href is null || !href.StartsWith('/') || href.StartsWith("//", StringComparison.Ordinal)) return null;
        var address = href.Split('#')[0];
        if (address.Length == 0 || address.StartsWith("/Accounts", StringComparison.Ordinal)) return null;
        return NotAPage().IsMatch(address) ? null : address;
    }

    /// <summary>The address with its ids, numbers and dates as placeholders: one scan per kind of page.</summary>
    private static string Shape(string address) => Numbers().Replace(Dates().Replace(Ids().Replace(address, "{id}"), "{date}"), "{n}");

    [GeneratedRegex("/(Download|Pages|Versions)/|\\.(ics|pdf|png|jpe?g|zip|html)$|/(Upright|Face|Frame)(\\?|$)", RegexOptions.IgnoreCase)]
    private static partial Regex NotAPage();

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex Ids();

    [GeneratedRegex("\\d{4}-\\d{2}-\\d{2}")]
    private static partial Regex Dates();

    [GeneratedRegex("\\d+")]
    private static partial Regex Numbers();
}
