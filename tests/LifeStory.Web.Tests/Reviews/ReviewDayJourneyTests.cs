using System.Diagnostics;
using LifeStory.Web.Tests.Browser;
using LifeStory.Web.Tests.Reviews.Recording;
using LifeStory.Web.Tests.Reviews.Sending;
using LifeStory.Web.Tests.Support;
using Microsoft.Playwright;
using MimeKit;
using Xunit.Abstractions;

namespace LifeStory.Web.Tests.Reviews;

/// <summary>
/// The IRO's whole day with one review, in Debian's chromium, on Tuesday 1 September 2026 when Amira's review is due:
/// she sees it due on her dashboard, records it while the letter follows her typing, signs the record, emails the
/// parents' version to Nan through the council's relay (the test's own mail sink) and prints Amira's letter; her team
/// manager then reads each step in the audit trail. Every page is scanned with axe-core. Timed from opening the due
/// review to the last letter sent.
/// </summary>
public sealed class ReviewDayJourneyTests(ITestOutputHelper output)
{
    private const string Day = "2026-09-01";
    private static readonly DateTimeOffset ReviewDay = new(2026, 9, 1, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Given_a_review_due_today_When_the_IRO_records_signs_and_sends_it_Then_Nan_is_emailed_her_version_Amiras_letter_prints_and_the_trail_shows_each_step()
    {
        using var sink = new SmtpSink();
        await using var browser = await BrowserSession.StartAsync(seed: false, clock: new FixedClock(ReviewDay), settings: sink.Settings());
        var amira = await RecordingCase.CreateAsync(browser.Host);
        var problems = new List<string>();
        async Task ScanAsync(IPage p) => problems.AddRange(await BrowserSession.AccessibilityProblemsAsync(p));
        var iris = await browser.SignInAsync(RecordingCase.Iro);

        // The review is due today: she opens it from her dashboard.
        await iris.GetByRole(AriaRole.Link, new() { Name = "Reviews", Exact = true }).ClickAsync();
        await ScanAsync(iris);
        var timer = Stopwatch.StartNew();
        await iris.Locator("#due").GetByRole(AriaRole.Link, new() { Name = "Record this review" }).ClickAsync();
        var letter = iris.Locator("#letter-preview");
        await Assertions.Expect(letter).ToContainTextAsync("Dear Amira,", new() { Timeout = 60_000 });

        // She records it as the meeting ends, watching the letter follow her typing.
        await iris.GetByLabel("Jo Carer (my foster carer)", new() { Exact = true }).SelectOptionAsync("came");
        await iris.GetByLabel("Nan (my nan)", new() { Exact = true }).SelectOptionAsync("by_phone");
        await iris.GetByLabel("Amira came to the meeting").CheckAsync();
        await iris.GetByLabel("In Amira's own words").PressSequentiallyAsync("I want to learn to swim.");
        await iris.Locator("#review-decisions-0-what").FillAsync("Jo will book swimming lessons.");
        await iris.Locator("#review-decisions-0-who").SelectOptionAsync("jo");
        await iris.Locator("#review-decisions-0-by").FillAsync("2026-10");
        await Assertions.Expect(letter).ToContainTextAsync("Jo will book swimming lessons.", new() { Timeout = 30_000 });
        await Assertions.Expect(letter).ToContainTextAsync("I want to learn to swim.");
        await ScanAsync(iris);
        await iris.GetByRole(AriaRole.Button, new() { Name = "Save a new version" }).ClickAsync();
        await Assertions.Expect(iris.GetByRole(AriaRole.Status)).ToHaveTextAsync("Saved as version 2.");

        // The written review is on her dashboard; its page shows what each version leaves out, and she signs it.
        await iris.GotoAsync("/Reviews");
        await iris.Locator($"a[href='/Children/{amira.Child}/Reviews/{Day}']").ClickAsync();
        await Assertions.Expect(iris.Locator("#status")).ToContainTextAsync("Not signed yet");
        await ScanAsync(iris);
        await iris.GetByRole(AriaRole.Button, new() { Name = "Sign this record" }).ClickAsync();
        await Assertions.Expect(iris.Locator("#status p").First).ToHaveTextAsync("Signed by David Chair on 1 September 2026.", new() { Timeout = 180_000 });
        await ScanAsync(iris);

        // Then the letters: Nan by email (the parents' version, from her group), Amira's own to print.
        await iris.GotoAsync("/Reviews");
        await iris.Locator($"a[href='/Children/{amira.Child}/Reviews/{Day}/Letters']").ClickAsync();
        await iris.GetByLabel("Who", new() { Exact = true }).SelectOptionAsync("nan");
        await iris.GetByLabel("Email through the council's mail").CheckAsync();
        await iris.GetByLabel("Email address").FillAsync("nan@example.org");
        await iris.GetByRole(AriaRole.Button, new() { Name = "Add to the list" }).ClickAsync();
        await Assertions.Expect(iris.GetByRole(AriaRole.Status)).ToHaveTextAsync("Added to the list.");
        await iris.GetByLabel("Who", new() { Exact = true }).SelectOptionAsync("child");
        await iris.GetByLabel("Print and post (or hand over)").CheckAsync();
        await iris.GetByRole(AriaRole.Button, new() { Name = "Add to the list" }).ClickAsync();
        await Assertions.Expect(iris.Locator("#recipient-nan")).ToContainTextAsync("Parents' version");
        await ScanAsync(iris);
        await iris.GetByRole(AriaRole.Button, new() { Name = "Email the letter for Nan Example" }).ClickAsync();
        await Assertions.Expect(iris.GetByRole(AriaRole.Status)).ToHaveTextAsync("The parents' letter was emailed to Nan Example.");
        var download = await iris.RunAndWaitForDownloadAsync(() => iris.GetByRole(AriaRole.Button, new() { Name = "Download to print the letter for Amira" }).ClickAsync());
        var printed = string.Join("\n", PdfPages.Read(await File.ReadAllBytesAsync(await download.PathAsync())));
        timer.Stop();
        output.WriteLine($"From opening the due review to the last letter sent: {timer.Elapsed.TotalSeconds:F1} s");

        Assert.Contains("Dear Amira", printed, StringComparison.Ordinal);
        Assert.Contains("Jo will book swimming lessons.", printed, StringComparison.Ordinal);
        Assert.DoesNotContain("DRAFT", printed, StringComparison.Ordinal);
        var (_, to, message) = Assert.Single(sink.Received);
        Assert.Equal(["nan@example.org"], to);
        var attached = Assert.Single(message.Attachments.OfType<MimePart>());
        using var pdf = new MemoryStream();
        await attached.Content!.DecodeToAsync(pdf);
        var emailed = string.Join("\n", PdfPages.Read(pdf.ToArray()));
        Assert.Contains("Jo will book swimming lessons.", emailed, StringComparison.Ordinal);
        Assert.DoesNotContain("DRAFT", emailed, StringComparison.Ordinal);

        // Her manager reads the trail: recorded, signed with each version's hash, and each copy sent, how and to whom.
        var ruth = await browser.SignInAsync(RecordingCase.Manager);
        await ruth.GotoAsync($"/Children/{amira.Child}/Audit");
        var rows = ruth.Locator("tbody tr");
        await Assertions.Expect(rows.Filter(new() { HasText = $"review {Day} recorded" })).ToHaveCountAsync(1);
        await Assertions.Expect(rows.Filter(new() { HasText = $"review {Day}, revision 3; PDF SHA-256" })).ToHaveCountAsync(1);
        await Assertions.Expect(rows.Filter(new() { HasText = "parents' version to nan by email, SHA-256" })).ToHaveCountAsync(1);
        await Assertions.Expect(rows.Filter(new() { HasText = "child's version to the child by post, SHA-256" })).ToHaveCountAsync(1);
        await ScanAsync(ruth);
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }
}
