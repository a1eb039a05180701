using LifeStory.Web.Reviews.Sending;
using LifeStory.Web.Tests.Browser;
using LifeStory.Web.Tests.Reviews.Recording;
using LifeStory.Web.Tests.Reviews.Sending;
using LifeStory.Web.Tests.Support;
using Microsoft.Playwright;
using MimeKit;

namespace LifeStory.Web.Tests.Conferences;

/// <summary>
/// The chair's day with one child protection conference, in Debian's chromium, on Tuesday 1 September 2026: from
/// Amira's record she records the conference while the letter to Amira follows her typing, signs it, emails the
/// parents' summary to Nan through the council's relay (the test's mail sink) and downloads Amira's letter to hand
/// over; her team manager reads each step in the audit trail. Every page is scanned with axe-core.
/// </summary>
public sealed class ConferenceDayJourneyTests
{
    private const string Day = "2026-09-01";
    private static readonly DateTimeOffset ConferenceDay = new(2026, 9, 1, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Given_a_conference_today_When_its_chair_records_signs_and_sends_it_Then_Nan_is_emailed_her_summary_Amiras_letter_downloads_and_the_trail_shows_each_step()
    {
        using var sink = new SmtpSink();
        await using var browser = await BrowserSession.StartAsync(seed: false, clock: new FixedClock(ConferenceDay), settings: sink.Settings());
        var amira = await RecordingCase.CreateAsync(browser.Host);
        var problems = new List<string>();
        async Task ScanAsync(IPage p) => problems.AddRange(await BrowserSession.AccessibilityProblemsAsync(p));
        var iris = await browser.SignInAsync(RecordingCase.Iro);

        // From Amira's record: a new conference, held today.
        await iris.GotoAsync($"/Children/{amira.Child}");
        await ScanAsync(iris);
        await iris.GetByLabel("Record a conference held on").FillAsync(Day);
        await iris.GetByRole(AriaRole.Button, new() { Name = "Record it" }).ClickAsync();
        await Assertions.Expect(iris.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Amira's child protection conference on Tuesday 1 September 2026");
        var letter = iris.Locator("#letter-preview");
        await Assertions.Expect(letter).ToContainTextAsync("Dear Amira,", new() { Timeout = 60_000 });

        await iris.GetByLabel("The category of the plan").SelectOptionAsync("neglect");
        await iris.GetByLabel("The core group meetings").FillAsync("2026-09-22");
        await iris.GetByLabel("Jo Carer (my foster carer)", new() { Exact = true }).SelectOptionAsync("came");
        await iris.GetByLabel("Nan (my nan)", new() { Exact = true }).SelectOptionAsync("came");
        await iris.GetByLabel("In Amira's own words").PressSequentiallyAsync("I want to stay with Jo.");
        await iris.Locator("#review-worries-0-who-jo").CheckAsync();
        await iris.Locator("#review-worries-0-what").FillAsync("There is not always food at Nan's house.");
        await iris.Locator("#review-worries-0-goal").FillAsync("You have three meals every day.");
        await iris.Locator("#review-decisions-0-what").FillAsync("Nan will go to the food bank with Jo.");
        await iris.Locator("#review-decisions-0-who").SelectOptionAsync("nan");
        await iris.Locator("#review-decisions-0-by").FillAsync("2026-10");
        await Assertions.Expect(letter).ToContainTextAsync("Nan will go to the food bank with Jo.", new() { Timeout = 30_000 });
        await Assertions.Expect(letter).ToContainTextAsync("I want to stay with Jo.");
        await ScanAsync(iris);
        await iris.GetByRole(AriaRole.Button, new() { Name = "Save a new version" }).ClickAsync();
        await Assertions.Expect(iris.GetByRole(AriaRole.Status)).ToHaveTextAsync("Saved as version 2.");

        // Back on her record the conference is listed; its page shows each version and what each leaves out, and she signs it.
        await iris.GotoAsync($"/Children/{amira.Child}");
        await iris.Locator($"#conferences a[href='/Children/{amira.Child}/Conferences/{Day}']").ClickAsync();
        await Assertions.Expect(iris.Locator("#status")).ToContainTextAsync("Not signed yet");
        await ScanAsync(iris);
        await iris.GetByRole(AriaRole.Button, new() { Name = "Sign this record" }).ClickAsync();
        await Assertions.Expect(iris.Locator("#status p").First).ToHaveTextAsync("Signed by David Chair on 1 September 2026.", new() { Timeout = 180_000 });
        await ScanAsync(iris);

        // Then the outcome: Nan by email (the parents' summary, from her group), Amira's own letter to hand over.
        await iris.GetByRole(AriaRole.Link, new() { Name = "Send the letters" }).ClickAsync();
        await Assertions.Expect(iris.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Letters after Amira's child protection conference on 1 September 2026");
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
        await ScanAsync(iris);

        Assert.Contains("Dear Amira", printed, StringComparison.Ordinal);
        Assert.Contains("Nan will go to the food bank with Jo.", printed, StringComparison.Ordinal);
        Assert.DoesNotContain("DRAFT", printed, StringComparison.Ordinal);
        Assert.Equal($"conference-outcome-{Day}-child-to-post.pdf", download.SuggestedFilename);
        var (_, to, message) = Assert.Single(sink.Received);
        Assert.Equal(["nan@example.org"], to);
        Assert.Equal(LetterMailer.MeetingSubject, message.Subject);
        var attached = Assert.Single(message.Attachments.OfType<MimePart>());
        Assert.Equal(LetterMailer.MeetingAttachmentName, attached.FileName);
        using var pdf = new MemoryStream();
        await attached.Content!.DecodeToAsync(pdf);
        var emailed = string.Join("\n", PdfPages.Read(pdf.ToArray()));
        Assert.Contains("This is a short summary for parents", emailed, StringComparison.Ordinal);
        Assert.Contains("food bank", emailed, StringComparison.Ordinal);
        Assert.DoesNotContain("DRAFT", emailed, StringComparison.Ordinal);

        // Her manager reads the trail: recorded, signed with each version's hash, and each copy sent, how and to whom.
        var ruth = await browser.SignInAsync(RecordingCase.Manager);
        await ruth.GotoAsync($"/Children/{amira.Child}/Audit");
        var rows = ruth.Locator("tbody tr");
        await Assertions.Expect(rows.Filter(new() { HasText = $"conference {Day} recorded" })).ToHaveCountAsync(1);
        await Assertions.Expect(rows.Filter(new() { HasText = $"conference {Day}, revision 3; PDF SHA-256" })).ToHaveCountAsync(1);
        await Assertions.Expect(rows.Filter(new() { HasText = $"conference of {Day}: parents' version to nan by email, SHA-256" })).ToHaveCountAsync(1);
        await Assertions.Expect(rows.Filter(new() { HasText = $"conference of {Day}: child's version to the child by post, SHA-256" })).ToHaveCountAsync(1);
        await ScanAsync(ruth);
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }
}
