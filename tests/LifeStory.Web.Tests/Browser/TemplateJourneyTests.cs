using System.IO.Compression;
using System.Text;
using LifeStory.Web.Tests.Support;
using Microsoft.Playwright;

namespace LifeStory.Web.Tests.Browser;

/// <summary>
/// An administrator brings in the council's wording in a real browser: uploads the templates folder, looks at the
/// sample book made with it, puts it in use and goes back. Every page is scanned with axe-core.
/// </summary>
public sealed class TemplateJourneyTests
{
    [Fact]
    public async Task Given_an_administrator_When_they_upload_try_use_and_put_back_a_template_set_Then_each_page_works_without_an_accessibility_violation()
    {
        await using var browser = await BrowserSession.StartAsync();
        var problems = new List<string>();
        var alex = await browser.NewPageAsync();
        await alex.GotoAsync("/");
        await alex.GetByLabel("User name").FillAsync("alex.admin");
        await alex.GetByLabel("Password").FillAsync(WebHost.Password);
        await alex.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await alex.GetByRole(AriaRole.Link, new() { Name = "Manage templates" }).ClickAsync();
        await Assertions.Expect(alex.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Your council's templates");
        problems.AddRange(await BrowserSession.AccessibilityProblemsAsync(alex));

        var zip = Path.Combine(browser.Host.DataFolder, "council-templates.zip");
        await File.WriteAllBytesAsync(zip, CoverZip());
        await alex.GetByLabel("The zip of your templates folder").SetInputFilesAsync(zip);
        await alex.GetByLabel("What changed (for the list below)").FillAsync("Our name on the cover");
        await alex.GetByRole(AriaRole.Button, new() { Name = "Upload and try it" }).ClickAsync();
        await Assertions.Expect(alex.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Template set 1", new() { Timeout = 120_000 });
        problems.AddRange(await BrowserSession.AccessibilityProblemsAsync(alex));

        // The sample book's 25 pages are drawn with the new set on the first look: allow for a busy machine.
        await alex.Locator("a[href*='sample=maisie&product=Book&reader=Child']").ClickAsync(new() { Timeout = 120_000 });
        var cover = alex.Locator("ul.pages img").First;
        await Assertions.Expect(cover).ToBeVisibleAsync();
        await alex.WaitForFunctionAsync("() => { const i = document.querySelector('ul.pages img'); return i && i.complete && i.naturalWidth > 0; }", null, new() { Timeout = 60_000 });
        problems.AddRange(await BrowserSession.AccessibilityProblemsAsync(alex));

        await alex.GetByRole(AriaRole.Link, new() { Name = "Back to your council's templates" }).ClickAsync();
        await alex.GetByRole(AriaRole.Button, new() { Name = "Use set 1" }).ClickAsync();
        await Assertions.Expect(alex.GetByRole(AriaRole.Status)).ToHaveTextAsync("Books and letters are now made with set 1.");
        await alex.GetByRole(AriaRole.Button, new() { Name = "Go back to the shipped templates" }).ClickAsync();
        await Assertions.Expect(alex.GetByRole(AriaRole.Status)).ToHaveTextAsync("Books and letters are made with the shipped templates again.");
        problems.AddRange(await BrowserSession.AccessibilityProblemsAsync(alex));

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    /// <summary>A templates folder as a council would zip it ("templates/…"), with its own words on the cover.</summary>
    private static byte[] CoverZip()
    {
        var shipped = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "templates", "book", "cover.sbn"));
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var stream = archive.CreateEntry("templates/book/cover.sbn").Open();
            stream.Write(Encoding.UTF8.GetBytes(shipped.Replace("Made with love for", "Made by Northshire Council with love for", StringComparison.Ordinal)));
        }
        return buffer.ToArray();
    }
}
