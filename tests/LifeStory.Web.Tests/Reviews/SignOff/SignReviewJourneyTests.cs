using LifeStory.Web.Tests.Browser;
using LifeStory.Web.Tests.Support;
using Microsoft.Playwright;

namespace LifeStory.Web.Tests.Reviews.SignOff;

/// <summary>The IRO signs a review's record in a real browser (Debian's chromium): the page before and after passes axe-core.</summary>
public sealed class SignReviewJourneyTests
{
    [Fact]
    public async Task Given_an_unsigned_review_When_the_IRO_reads_what_each_version_leaves_out_and_signs_from_the_browser_Then_the_page_says_signed_and_read_only_with_no_accessibility_violation()
    {
        await using var browser = await BrowserSession.StartAsync(clock: new FixedClock(UnsignedMaisie.Now));
        var child = await UnsignedMaisie.CreateAsync(browser.Host);
        var problems = new List<string>();
        var iris = await browser.NewPageAsync();
        await iris.GotoAsync("/");
        await iris.GetByLabel("User name").FillAsync("iris.iro");
        await iris.GetByLabel("Password").FillAsync(WebHost.Password);
        await iris.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await iris.WaitForURLAsync(url => !url.Contains("/Accounts/SignIn", StringComparison.Ordinal));

        await iris.GotoAsync($"/Children/{child}/Reviews/{UnsignedMaisie.Review}");
        await Assertions.Expect(iris.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Review of 15 September 2026");
        await Assertions.Expect(iris.Locator("#status")).ToContainTextAsync("Not signed yet");
        await Assertions.Expect(iris.Locator("#left-out-parents li").First).ToHaveTextAsync("Named another way: Jo Patel, shown as \"Jo\"");
        problems.AddRange(await BrowserSession.AccessibilityProblemsAsync(iris));

        await iris.GetByRole(AriaRole.Button, new() { Name = "Sign this record" }).ClickAsync();

        // Signing makes every reader's PDF to keep its hash: on this loaded machine that can take a while.
        await Assertions.Expect(iris.Locator("#status p").First).ToHaveTextAsync("Signed by Mark Bennett on 23 November 2026.", new() { Timeout = 180_000 });
        await Assertions.Expect(iris.GetByRole(AriaRole.Link, new() { Name = "recording page" })).ToHaveAttributeAsync("href",
            $"/Children/{child}/Reviews/Record?date={UnsignedMaisie.Review}");
        await Assertions.Expect(iris.GetByRole(AriaRole.Button, new() { Name = "Sign this record" })).ToHaveCountAsync(0);
        problems.AddRange(await BrowserSession.AccessibilityProblemsAsync(iris));
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }
}
