using LifeStory.Web.Reviews.Sending;
using LifeStory.Web.Tests.Browser;
using LifeStory.Web.Tests.Support;
using Microsoft.Playwright;

namespace LifeStory.Web.Tests.Reviews.Sending;

/// <summary>
/// In Debian's chromium: the IRO opens a signed review's letters from her dashboard, lists Maisie's birth mum for
/// email and Maisie for post, emails the parents' version to the test's mail sink and downloads the child's letter to
/// print, then makes the week's remaining letter into a print pack while htmx shows progress; the team manager reads
/// each step in the child's audit trail. Every page is scanned with axe-core.
/// </summary>
public sealed class SendingJourneyTests
{
    [Fact]
    public async Task Given_a_signed_review_When_the_IRO_sends_its_letters_by_email_and_post_Then_they_go_and_the_audit_trail_shows_each_step()
    {
        using var sink = new SmtpSink();
        await using var browser = await BrowserSession.StartAsync(clock: new FixedClock(SendingCase.Now), settings: sink.Settings());
        var child = await SendingCase.ImportAsync(browser.Host);
        var problems = new List<string>();
        async Task ScanAsync(IPage p) => problems.AddRange(await BrowserSession.AccessibilityProblemsAsync(p));

        var iris = await browser.SignInAsync(SendingCase.Iro);
        await iris.GotoAsync("/Reviews");
        await iris.Locator($"a[href='/Children/{child}/Reviews/{SendingCase.Signed}/Letters']").ClickAsync();
        await Assertions.Expect(iris.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Letters after Maisie's review on 24 November 2026");
        await Assertions.Expect(iris.Locator("#signed")).ToContainTextAsync("Signed by Mark Bennett on 26 November 2026");
        await ScanAsync(iris);

        // Kelly by email (the parents' version, from her group), Maisie by post.
        await iris.GetByLabel("Who", new() { Exact = true }).SelectOptionAsync("kelly");
        await iris.GetByLabel("Email through the council's mail").CheckAsync();
        await iris.GetByLabel("Email address").FillAsync("kelly.clarke@example.org");
        await iris.GetByRole(AriaRole.Button, new() { Name = "Add to the list" }).ClickAsync();
        await Assertions.Expect(iris.GetByRole(AriaRole.Status)).ToHaveTextAsync("Added to the list.");
        await iris.GetByLabel("Who", new() { Exact = true }).SelectOptionAsync("child");
        await iris.GetByLabel("Print and post (or hand over)").CheckAsync();
        await iris.GetByRole(AriaRole.Button, new() { Name = "Add to the list" }).ClickAsync();
        await Assertions.Expect(iris.Locator("#recipient-kelly")).ToContainTextAsync("Parents' version");
        await Assertions.Expect(iris.Locator("#recipient-child")).ToContainTextAsync("Child's version");
        await ScanAsync(iris);

        await iris.GetByRole(AriaRole.Button, new() { Name = "Email the letter for Kelly Clarke" }).ClickAsync();
        await Assertions.Expect(iris.GetByRole(AriaRole.Status)).ToHaveTextAsync("The parents' letter was emailed to Kelly Clarke.");
        var (_, to, message) = Assert.Single(sink.Received);
        Assert.Equal(["kelly.clarke@example.org"], to);
        Assert.Equal(LetterMailer.Subject, message.Subject);

        var download = await iris.RunAndWaitForDownloadAsync(() => iris.GetByRole(AriaRole.Button, new() { Name = "Download to print the letter for Maisie" }).ClickAsync());
        var pdf = await File.ReadAllBytesAsync(await download.PathAsync());
        Assert.Contains("Dear Maisie", string.Join("\n", PdfPages.Read(pdf)), StringComparison.Ordinal);
        Assert.DoesNotContain("Maisie", download.SuggestedFilename, StringComparison.OrdinalIgnoreCase);
        await iris.ReloadAsync();
        await Assertions.Expect(iris.Locator("#recipient-kelly .state")).ToHaveTextAsync("Sent 30 November 2026, 10:00 by email");
        await Assertions.Expect(iris.Locator("#recipient-child .state")).ToHaveTextAsync("Sent 30 November 2026, 10:00 by post");
        await ScanAsync(iris);

        // One more for post, then the week's letters page makes the print pack, showing progress as it goes.
        await iris.GetByLabel("Who", new() { Exact = true }).SelectOptionAsync("jo");
        await iris.GetByLabel("Postal address").FillAsync("14 Willow Terrace\nLeeds\nLS1 4AB");
        await iris.GetByRole(AriaRole.Button, new() { Name = "Add to the list" }).ClickAsync();
        await iris.GetByRole(AriaRole.Link, new() { Name = "All letters waiting to be sent" }).ClickAsync();
        await Assertions.Expect(iris.Locator("#waiting tbody tr")).ToHaveCountAsync(1);
        await ScanAsync(iris);
        await iris.GetByRole(AriaRole.Button, new() { Name = "Make and send all 1" }).ClickAsync();
        var pack = iris.GetByRole(AriaRole.Link, new() { Name = "Download the print pack (PDF)" });
        await Assertions.Expect(pack).ToBeVisibleAsync(new() { Timeout = 180_000 });
        await Assertions.Expect(iris.Locator("#batch-summary")).ToContainTextAsync("0 emailed, 1 in the print pack.");
        await ScanAsync(iris);
        var packDownload = await iris.RunAndWaitForDownloadAsync(() => pack.ClickAsync());
        var packPages = PdfPages.Read(await File.ReadAllBytesAsync(await packDownload.PathAsync()));
        Assert.StartsWith("For Jo Patel", packPages[0], StringComparison.Ordinal);
        Assert.Contains("14 Willow Terrace", packPages[0], StringComparison.Ordinal);

        // The manager reads the trail: each person added, each copy sent, with how and the hash of what went.
        var ruth = await browser.SignInAsync("ruth.manager");
        await ruth.GotoAsync($"/Children/{child}/Audit");
        var rows = ruth.Locator("tbody tr");
        await Assertions.Expect(rows.Filter(new() { HasText = "distribution" })).ToHaveCountAsync(3);
        await Assertions.Expect(rows.Filter(new() { HasText = "parents' version to kelly by email, SHA-256" })).ToHaveCountAsync(1);
        await Assertions.Expect(rows.Filter(new() { HasText = "child's version to the child by post, SHA-256" })).ToHaveCountAsync(1);
        await Assertions.Expect(rows.Filter(new() { HasText = "carers' version to jo by post in the print pack (pages 1-" })).ToHaveCountAsync(1);
        await ScanAsync(ruth);

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }
}
