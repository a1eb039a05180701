using LifeStory.Web.Tests.Browser;
using LifeStory.Web.Tests.Support;
using Microsoft.Playwright;

namespace LifeStory.Web.Tests.Reviews.Recording;

/// <summary>
/// The IRO's journey in Debian's chromium on the day of Amira's review, Tuesday 1 September 2026: from her dashboard
/// to the due review, recording who came, a worry, the scale and a decision while the letter beside the form follows
/// her typing, putting jargon right with one click, and saving. The page is scanned with axe-core with the letter shown.
/// </summary>
public sealed class RecordReviewJourneyTests
{
    private static readonly DateTimeOffset ReviewDay = new(2026, 9, 1, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Given_a_review_due_today_When_the_IRO_records_it_from_her_dashboard_Then_the_letter_follows_her_typing_and_the_review_is_saved()
    {
        await using var browser = await BrowserSession.StartAsync(seed: false, clock: new FixedClock(ReviewDay));
        var amira = await RecordingCase.CreateAsync(browser.Host);
        var iris = await browser.NewPageAsync();
        await iris.GotoAsync("/");
        await iris.GetByLabel("User name").FillAsync(RecordingCase.Iro);
        await iris.GetByLabel("Password").FillAsync(WebHost.Password);
        await iris.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await iris.WaitForURLAsync(url => !url.Contains("/Accounts/SignIn", StringComparison.Ordinal));

        await iris.GetByRole(AriaRole.Link, new() { Name = "Reviews", Exact = true }).ClickAsync();
        await iris.Locator("#due").GetByRole(AriaRole.Link, new() { Name = "Record this review" }).ClickAsync();
        await Assertions.Expect(iris.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Amira's review on Tuesday 1 September 2026");
        Assert.EndsWith(amira.Page("2026-09-01"), iris.Url, StringComparison.Ordinal);
        var letter = iris.Locator("#letter-preview");
        await Assertions.Expect(letter).ToContainTextAsync("Dear Amira,", new() { Timeout = 60_000 });

        // Who came, and Amira's own words: the letter redraws from the unsaved form as she types.
        await iris.GetByLabel("Jo Carer (my foster carer)", new() { Exact = true }).SelectOptionAsync("came");
        await iris.GetByLabel("Nan (my nan)", new() { Exact = true }).SelectOptionAsync("by_phone");
        await iris.GetByLabel("Amira came to the meeting").CheckAsync();
        await iris.GetByLabel("In Amira's own words").PressSequentiallyAsync("I want to learn to swim.");
        await Assertions.Expect(letter).ToContainTextAsync("I want to learn to swim.", new() { Timeout = 30_000 });
        await Assertions.Expect(letter).ToContainTextAsync("Nan told us their views by phone.");

        // A worry with its safety goal, the scale and a decision.
        await iris.Locator("#review-worries-0-who-jo").CheckAsync();
        await iris.Locator("#review-worries-0-what").FillAsync("Sometimes you find it hard to sleep.");
        await iris.Locator("#review-worries-0-goal").FillAsync("You sleep well and feel safe at night.");
        await iris.GetByLabel("The question everyone scored from 0 to 10").FillAsync("How happy are you at Jo's?");
        await iris.GetByLabel("What 0 means").FillAsync("Not happy at all");
        await iris.GetByLabel("What 10 means").FillAsync("Really happy");
        await iris.Locator("#review-scores-0").FillAsync("9");
        await iris.Locator("#review-decisions-0-what").FillAsync("Jo will book swimming lessons.");
        await iris.Locator("#review-decisions-0-who").SelectOptionAsync("jo");
        await iris.Locator("#review-decisions-0-by").FillAsync("2026-10");
        await Assertions.Expect(letter).ToContainTextAsync("Jo will book swimming lessons.", new() { Timeout = 30_000 });
        await Assertions.Expect(letter).ToContainTextAsync("You sleep well and feel safe at night.");

        // Jargon is caught at the box, with the check's own words, and put right with one click.
        await iris.GetByLabel("One thing on each line").PressSequentiallyAsync("Your contact with Nan is going well.");
        var swap = iris.GetByRole(AriaRole.Button, new() { Name = "Use “family time” instead of “contact”" });
        await Assertions.Expect(swap).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(iris.Locator("#findings-review-going-well")).ToContainTextAsync("\"contact\" is social-work jargon.");
        await swap.ClickAsync();
        await Assertions.Expect(iris.GetByLabel("One thing on each line")).ToHaveValueAsync("Your family time with Nan is going well.");
        await Assertions.Expect(letter).ToContainTextAsync("Your family time with Nan is going well.", new() { Timeout = 30_000 });
        await Assertions.Expect(swap).ToBeHiddenAsync(new() { Timeout = 30_000 });

        var problems = await BrowserSession.AccessibilityProblemsAsync(iris);
        Assert.True(problems.Count == 0, string.Join('\n', problems));

        await iris.GetByRole(AriaRole.Button, new() { Name = "Save a new version" }).ClickAsync();
        await Assertions.Expect(iris.GetByRole(AriaRole.Status)).ToHaveTextAsync("Saved as version 2.");
        await Assertions.Expect(iris.GetByLabel("In Amira's own words")).ToHaveValueAsync("I want to learn to swim.");
        await Assertions.Expect(letter).ToContainTextAsync("Jo will book swimming lessons.", new() { Timeout = 60_000 });
        problems = await BrowserSession.AccessibilityProblemsAsync(iris);
        Assert.True(problems.Count == 0, string.Join('\n', problems));
        var saved = await amira.LatestYamlAsync(browser.Host);
        Assert.Contains("""
              - date: 2026-09-01
                iro: david
                people:
                  - { person: jo, how: came }
                  - { person: nan, how: by_phone }
                child_came: true
                child_said: I want to learn to swim.
                going_well:
                  - Your family time with Nan is going well.
            """, saved, StringComparison.Ordinal);
        Assert.Contains("      - what: Jo will book swimming lessons.\n        who: jo\n        by: 2026-10\n", saved, StringComparison.Ordinal);
    }
}
