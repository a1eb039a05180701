using LifeStory.Web.Tests.Browser;
using LifeStory.Web.Tests.Reviews.Recording;
using LifeStory.Web.Tests.Support;
using Microsoft.Playwright;

namespace LifeStory.Web.Tests.Pathway;

/// <summary>In Debian's chromium: Sam opens Amira's plan from her record, records her signature and signs for the council as Pat; every page scanned with axe-core.</summary>
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
}
