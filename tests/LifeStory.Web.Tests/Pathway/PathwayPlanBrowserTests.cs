using LifeStory.Web.Reviews.Sending;
using LifeStory.Web.Tests.Browser;
using LifeStory.Web.Tests.Reviews.Recording;
using LifeStory.Web.Tests.Reviews.Sending;
using LifeStory.Web.Tests.Support;
using Microsoft.Playwright;

namespace LifeStory.Web.Tests.Pathway;

/// <summary>
/// In Debian's chromium: Sam opens Amira's plan from her record, writes a goal with her and sees her copy redrawn, records
/// her signature and signs for the council as Pat, then sends it: Amira's own copy handed to her, the record emailed to
/// Pat. Every page scanned with axe-core.
/// </summary>
public sealed class PathwayPlanBrowserTests
{
    [Fact]
    public async Task Given_Amiras_plan_When_her_social_worker_records_both_signatures_Then_it_is_signed_and_every_page_is_accessible()
    {
        await using var browser = await BrowserSession.StartAsync(seed: false, clock: new FixedClock(RecordingCase.Now));
        var amira = await RecordingCase.CreateAsync(browser.Host, PathwayPlanPageTests.Yaml);
        var problems = new List<string>();
        async Task ScanAsync(IPage p) => problems.AddRange(await BrowserSession.AccessibilityProblemsAsync(p));
        var sam = await browser.SignInAsync(RecordingCase.SocialWorker);

        await sam.GotoAsync($"/Children/{amira.Child}");
        await sam.Locator("#pathway-plan").ClickAsync();
        await Assertions.Expect(sam.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Amira's pathway plan");
        await ScanAsync(sam);
        await sam.GetByRole(AriaRole.Button, new() { Name = "Amira has signed it" }).ClickAsync();
        await Assertions.Expect(sam.Locator("#signatures")).ToContainTextAsync("Signed by Amira on 20 July 2026", new() { Timeout = 120_000 });
        await Assertions.Expect(sam.Locator("#status")).ToContainTextAsync("Not signed yet");
        await ScanAsync(sam);
        await sam.GetByRole(AriaRole.Button, new() { Name = "Sign for the council as Pat Adviser" }).ClickAsync();
        await Assertions.Expect(sam.Locator("#status")).ToContainTextAsync("Signed by Amira and for the council.", new() { Timeout = 120_000 });
        await ScanAsync(sam);

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public async Task Given_Amiras_plan_When_Sam_records_a_goal_sees_her_copy_signs_and_sends_it_Then_each_step_shows_and_every_page_is_accessible()
    {
        using var sink = new SmtpSink();
        await using var browser = await BrowserSession.StartAsync(seed: false, clock: new FixedClock(RecordingCase.Now), settings: sink.Settings());
        var amira = await RecordingCase.CreateAsync(browser.Host, PathwayPlanPageTests.Yaml);
        var problems = new List<string>();
        async Task ScanAsync(IPage p) => problems.AddRange(await BrowserSession.AccessibilityProblemsAsync(p));
        var sam = await browser.SignInAsync(RecordingCase.SocialWorker);

        await sam.GotoAsync($"/Children/{amira.Child}/PathwayPlan");
        await ScanAsync(sam);
        // The third goal is the room to add one: its boxes are named "goals[2]".
        await sam.Locator("#plan-goals-2-area").SelectOptionAsync("money");
        await sam.Locator("#plan-goals-2-words").FillAsync("I want to save up for driving lessons.");
        await sam.Locator("#plan-goals-2-help-0-what").FillAsync("Open a savings account with Amira.");
        await sam.Locator("#plan-goals-2-help-0-who").SelectOptionAsync("jo");
        await sam.Locator("#plan-goals-2-help-0-by").FillAsync("2026-12");
        await Assertions.Expect(sam.Locator("#plan-preview")).ToContainTextAsync("I want to save up for driving lessons.", new() { Timeout = 120_000 });
        await ScanAsync(sam);
        await sam.GetByRole(AriaRole.Button, new() { Name = "Save a new version" }).ClickAsync();
        await Assertions.Expect(sam.GetByRole(AriaRole.Status)).ToHaveTextAsync("Saved as version 2.", new() { Timeout = 120_000 });
        await Assertions.Expect(sam.Locator("#goals")).ToContainTextAsync("I want to save up for driving lessons.");

        await sam.GetByRole(AriaRole.Button, new() { Name = "Amira has signed it" }).ClickAsync();
        await Assertions.Expect(sam.Locator("#signatures")).ToContainTextAsync("Signed by Amira on 20 July 2026", new() { Timeout = 120_000 });
        await sam.GetByRole(AriaRole.Button, new() { Name = "Sign for the council as Pat Adviser" }).ClickAsync();
        await Assertions.Expect(sam.Locator("#status")).ToContainTextAsync("Signed by Amira and for the council.", new() { Timeout = 120_000 });
        await Assertions.Expect(sam.Locator("#plan-form")).ToHaveCountAsync(0);
        await ScanAsync(sam);

        await sam.GetByRole(AriaRole.Link, new() { Name = "Send the plan" }).ClickAsync();
        await Assertions.Expect(sam.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Sending Amira's pathway plan of 1 July 2026");
        await Assertions.Expect(sam.Locator("#left-out-record")).ToHaveTextAsync("Nothing is left out.");
        await sam.GetByLabel("Who", new() { Exact = true }).SelectOptionAsync("pat");
        await sam.GetByLabel("Email through the council's mail").CheckAsync();
        await sam.GetByLabel("Email address").FillAsync("pat@example.org");
        await sam.GetByRole(AriaRole.Button, new() { Name = "Add to the list" }).ClickAsync();
        await Assertions.Expect(sam.GetByRole(AriaRole.Status)).ToHaveTextAsync("Added to the list.");
        await sam.GetByLabel("Who", new() { Exact = true }).SelectOptionAsync("child");
        await sam.GetByLabel("Print and post (or hand over)").CheckAsync();
        await sam.GetByRole(AriaRole.Button, new() { Name = "Add to the list" }).ClickAsync();
        await Assertions.Expect(sam.Locator("#recipient-pat")).ToContainTextAsync("Full record");
        await Assertions.Expect(sam.Locator("#recipient-child")).ToContainTextAsync("Young person's own plan");
        await ScanAsync(sam);

        await sam.GetByRole(AriaRole.Button, new() { Name = "Email the plan for Pat Adviser" }).ClickAsync();
        await Assertions.Expect(sam.GetByRole(AriaRole.Status)).ToHaveTextAsync("The full record was emailed to Pat Adviser.", new() { Timeout = 120_000 });
        var (_, to, message) = Assert.Single(sink.Received);
        Assert.Equal(["pat@example.org"], to);
        Assert.Equal(LetterMailer.PlanSubject, message.Subject);
        var download = await sam.RunAndWaitForDownloadAsync(() => sam.GetByRole(AriaRole.Button, new() { Name = "Download to print the plan for Amira" }).ClickAsync());
        var pdf = string.Join("\n", PdfPages.Read(await File.ReadAllBytesAsync(await download.PathAsync())));
        Assert.Contains("I want to save up for driving lessons.", pdf, StringComparison.Ordinal);
        Assert.DoesNotContain("Amira", download.SuggestedFilename, StringComparison.OrdinalIgnoreCase);
        await sam.ReloadAsync();
        await Assertions.Expect(sam.Locator("#recipient-child .state")).ToContainTextAsync("by post");
        await ScanAsync(sam);

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }
}
