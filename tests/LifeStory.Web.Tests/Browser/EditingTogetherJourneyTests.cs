using LifeStory.Web.Tests.Support;
using Microsoft.Playwright;

namespace LifeStory.Web.Tests.Browser;

/// <summary>
/// In a real browser: words typed and not saved come back after the page is left, and a second person opening the
/// same child's form is shown to the first without a reload. Pages are scanned with axe-core with the offer showing.
/// </summary>
public sealed class EditingTogetherJourneyTests
{
    [Fact]
    public async Task Given_a_social_worker_typing_When_she_leaves_and_comes_back_while_her_manager_opens_the_form_Then_her_words_come_back_and_each_sees_the_other()
    {
        await using var browser = await BrowserSession.StartAsync();
        var sam = await browser.SignInAsync("sam.social");
        await sam.GetByRole(AriaRole.Link, new() { Name = "Maisie" }).First.ClickAsync();
        await sam.GetByRole(AriaRole.Link, new() { Name = "Edit the child's details and the book's choices" }).ClickAsync();
        var form = sam.Url;

        await sam.GetByLabel("Favourite colour").FillAsync("the green of the sea at Whitby");
        await Assertions.Expect(sam.Locator("#draft-status")).ToContainTextAsync("Draft kept at", new() { Timeout = 15_000 });
        sam.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await sam.ReloadAsync();

        await Assertions.Expect(sam.GetByRole(AriaRole.Region, new() { Name = "Unsaved changes" })).ToBeVisibleAsync();
        var problems = (await BrowserSession.AccessibilityProblemsAsync(sam)).ToList();
        await sam.GetByRole(AriaRole.Button, new() { Name = "Put my changes back" }).ClickAsync();
        await Assertions.Expect(sam.GetByLabel("Favourite colour")).ToHaveValueAsync("the green of the sea at Whitby");

        var ruth = await browser.SignInAsync("ruth.manager");
        await ruth.GotoAsync(form);
        await Assertions.Expect(ruth.Locator("#presence")).ToContainTextAsync("Sam Okafor is also editing this form");
        // Sam's page asks every 20 seconds: Ruth appears there without a reload.
        await Assertions.Expect(sam.Locator("#presence")).ToContainTextAsync("Ruth Adams is also editing this form", new() { Timeout = 30_000 });
        problems.AddRange(await BrowserSession.AccessibilityProblemsAsync(sam));

        await sam.GetByRole(AriaRole.Button, new() { Name = "Save a new version" }).ClickAsync();
        await Assertions.Expect(sam.GetByRole(AriaRole.Status).First).ToHaveTextAsync("Saved as version 2.");
        await sam.ReloadAsync();
        await Assertions.Expect(sam.GetByLabel("Favourite colour")).ToHaveValueAsync("the green of the sea at Whitby");
        await Assertions.Expect(sam.GetByRole(AriaRole.Region, new() { Name = "Unsaved changes" })).ToBeHiddenAsync();

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }
}
