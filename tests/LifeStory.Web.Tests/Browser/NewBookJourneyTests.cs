using System.Diagnostics;
using System.Text.RegularExpressions;
using LifeStory.Web.Tests.Support;
using Microsoft.Playwright;
using UglyToad.PdfPig;
using Xunit.Abstractions;

namespace LifeStory.Web.Tests.Browser;

/// <summary>
/// A social worker writes a new child's book from nothing in a real browser — the details, people (one hidden from
/// the parents), a home, the timeline, the child's words, a photo with its focus point, a story section — while her
/// manager edits the same child; the manager then signs it off and the PDF is a finished book. Every page is
/// scanned with axe-core, and the whole journey is timed.
/// </summary>
public sealed partial class NewBookJourneyTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Given_nothing_When_a_social_worker_writes_a_book_in_the_browser_and_her_manager_signs_it_off_Then_the_PDF_is_the_finished_book()
    {
        await using var browser = await BrowserSession.StartAsync();
        var timer = Stopwatch.StartNew();
        var problems = new List<string>();
        async Task ScanAsync(IPage p) => problems.AddRange(await BrowserSession.AccessibilityProblemsAsync(p));

        var sam = await browser.SignInAsync("sam.social");
        await sam.GetByLabel("Legal name").FillAsync("Zofia Anna Nowak");
        await sam.GetByLabel("Preferred name").FillAsync("Zosia");
        await sam.GetByLabel("Date of birth").FillAsync("2018-04-09");
        await sam.GetByLabel("Pronouns").SelectOptionAsync("she");
        await sam.GetByLabel("First language").FillAsync("Polish");
        await sam.GetByRole(AriaRole.Button, new() { Name = "Start the book" }).ClickAsync();
        await sam.WaitForURLAsync(new Regex("/Children/[0-9a-f-]{36}/Edit/Child$"));
        var child = ChildId().Match(sam.Url).Groups[1].Value;
        await ScanAsync(sam);

        await sam.GetByLabel("Favourite colour").FillAsync("yellow");
        await sam.GetByRole(AriaRole.Button, new() { Name = "Save a new version" }).ClickAsync();
        await Assertions.Expect(sam.GetByRole(AriaRole.Status).First).ToHaveTextAsync("Saved as version 2.");

        // People: her mum, her foster carer, and her nan, whom the parents' version must never show.
        await AddAsync(sam, "People", "person", new() { ["id"] = "mum", ["name"] = "Kasia Nowak", ["relationship"] = "my birth mum" }, new() { ["group"] = "birth_family" });
        await AddAsync(sam, "People", "person", new() { ["id"] = "jo", ["name"] = "Jo Carter", ["relationship"] = "my foster carer" }, new() { ["group"] = "carers" });
        await sam.GetByRole(AriaRole.Link, new() { Name = "Add a person" }).ClickAsync();
        await sam.Locator("#field-id").FillAsync("nan");
        await sam.Locator("#field-name").FillAsync("Ewa Nowak");
        await sam.Locator("#field-relationship").FillAsync("my nan");
        await sam.Locator("#field-group").SelectOptionAsync("birth_family");
        await sam.Locator("#field-hidden_from-parents").CheckAsync();
        await ScanAsync(sam);
        await sam.GetByRole(AriaRole.Button, new() { Name = "Add this person" }).ClickAsync();
        await Assertions.Expect(sam.GetByRole(AriaRole.Status).First).ToHaveTextAsync("Saved as version 5.");
        // Opened again, her form says what hiding her means for the parents' version, worked out by the engine.
        await sam.GetByRole(AriaRole.Link, new() { Name = "Edit Ewa Nowak" }).ClickAsync();
        await Assertions.Expect(sam.Locator("#field-hidden_from-parents")).ToBeCheckedAsync();
        await Assertions.Expect(sam.Locator("#field-hidden_from-parents-what")).ToContainTextAsync("parents' version");
        await ScanAsync(sam);

        await AddAsync(sam, "Homes", "home", new() { ["id"] = "jos", ["name"] = "Jo's house", ["from"] = "2021-05", ["town"] = "Seaton" }, new() { ["kind"] = "foster" });
        await AddAsync(sam, "Timeline", "event", new() { ["date"] = "2022-09", ["title"] = "You started school" }, []);
        await AddAsync(sam, "MyWords", "thing the child said", new() { ["words"] = "I like it when Jo makes pierogi." }, []);
        await ScanAsync(sam);

        // A part of her story, with a formatting button, its words previewed as she types.
        await sam.GotoAsync($"/Children/{child}/Edit/Story");
        await sam.GetByRole(AriaRole.Link, new() { Name = "Add a part" }).ClickAsync();
        await sam.GetByLabel("Heading").FillAsync("Why you live with Jo");
        await sam.GetByLabel("Where it goes in the book").SelectOptionAsync(new SelectOptionValue { Label = "Why I could not stay" });
        await sam.GetByLabel("The words").FillAsync("Mummy Kasia loved you very much. She could not keep you safe, so you went to live with Jo. ");
        await sam.GetByRole(AriaRole.Button, new() { Name = "Bold" }).ClickAsync();
        await Assertions.Expect(sam.Locator("#markdown-preview strong").Last).ToBeVisibleAsync(new() { Timeout = 10_000 });
        await ScanAsync(sam);
        await sam.GetByRole(AriaRole.Button, new() { Name = "Save a new version" }).ClickAsync();
        await Assertions.Expect(sam.GetByRole(AriaRole.Status).First).ToHaveTextAsync("Saved as version 9.", new() { Timeout = 30_000 });

        // A photo, drawn by the test, its focus point clicked on the left.
        await sam.GotoAsync($"/Children/{child}/Edit/Photos");
        var picture = Path.Combine(browser.Host.DataFolder, "beach.jpg");
        await File.WriteAllBytesAsync(picture, Editing.TestPictures.Jpeg(SkiaSharp.SKColors.Gold, SkiaSharp.SKColors.Teal));
        await sam.GetByLabel("Choose photos to add (you can choose several at once)").SetInputFilesAsync(picture);
        await sam.GetByRole(AriaRole.Button, new() { Name = "Add these photos" }).ClickAsync();
        await Assertions.Expect(sam.Locator("p.notice[role=status]")).ToHaveTextAsync("Added 1 photo as version 10.", new() { Timeout = 60_000 });
        var added = sam.Locator("section.picture-item").Last;
        var upright = added.Locator("[data-upright]");
        await sam.WaitForFunctionAsync("i => i.complete && i.naturalWidth > 0", await upright.ElementHandleAsync());
        var box = (await upright.BoundingBoxAsync())!;
        await upright.ClickAsync(new() { Position = new() { X = box.Width * 0.25f, Y = box.Height * 0.4f } });
        await Assertions.Expect(added.GetByLabel("Across")).ToHaveValueAsync("0.25");
        await added.GetByLabel("Caption").FillAsync("You and Jo at the beach in Seaton");
        await added.GetByRole(AriaRole.Button, new() { Name = "Save this photo" }).ClickAsync();
        await Assertions.Expect(sam.Locator("p.notice[role=status]")).ToHaveTextAsync("Saved as version 11.");
        await ScanAsync(sam);

        // Her manager opens the details while she is still writing: each changes a different answer, and both are kept.
        var ruth = await browser.SignInAsync("ruth.manager");
        await ruth.GotoAsync($"/Children/{child}/Edit/Child");
        await sam.GotoAsync($"/Children/{child}/Edit/Child");
        await ruth.Locator("#field-book-title").FillAsync("Zosia's story");
        await ruth.GetByRole(AriaRole.Button, new() { Name = "Save a new version" }).ClickAsync();
        await Assertions.Expect(ruth.GetByRole(AriaRole.Status).First).ToHaveTextAsync("Saved as version 12.");
        await sam.GetByLabel("Favourite colour").FillAsync("sunflower yellow");
        var saving = Stopwatch.StartNew();
        await sam.GetByRole(AriaRole.Button, new() { Name = "Save a new version" }).ClickAsync();
        await Assertions.Expect(sam.GetByRole(AriaRole.Status).First).ToHaveTextAsync("Saved as version 13.");
        // The page beside the form is redrawn from the new version without a reload.
        await Assertions.Expect(sam.Locator("#edit-preview img")).ToHaveAttributeAsync("src", new Regex("/Versions/13/Pages/\\d+$"), new() { Timeout = 180_000 });
        await sam.WaitForFunctionAsync("() => { const i = document.querySelector('#edit-preview img'); return i && i.complete && i.naturalWidth > 0; }", null, new() { Timeout = 60_000 });
        output.WriteLine($"From pressing save to the new page beside the form: {saving.Elapsed.TotalSeconds:F1} s");
        await Assertions.Expect(sam.Locator("#field-book-title")).ToHaveValueAsync("Zosia's story");
        await ScanAsync(sam);

        // The manager signs the book off; the PDF is the finished book, with what Sam wrote in it.
        await ruth.GotoAsync($"/Children/{child}");
        await ruth.GetByRole(AriaRole.Button, new() { Name = "I have checked the book: sign it off" }).ClickAsync();
        await Assertions.Expect(ruth.GetByText("Signed off", new() { Exact = true })).ToBeVisibleAsync();
        await ScanAsync(ruth);
        var pdf = await ruth.Context.APIRequest.GetAsync($"/Children/{child}/Documents/book/child/Download/pdf");
        using var book = PdfDocument.Open(await pdf.BodyAsync());
        var text = string.Join("\n", book.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        Assert.DoesNotContain("DRAFT", text, StringComparison.Ordinal);
        foreach (var written in new[] { "Zosia's", "Kasia", "Ewa", "Seaton", "pierogi.", "beach" })
            Assert.Contains(written, text, StringComparison.Ordinal);
        var parents = await ruth.Context.APIRequest.GetAsync($"/Children/{child}/Documents/book/parents/Download/pdf");
        using var parentsBook = PdfDocument.Open(await parents.BodyAsync());
        Assert.DoesNotContain("Ewa", string.Join(" ", parentsBook.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text)), StringComparison.Ordinal);

        timer.Stop();
        output.WriteLine($"The whole journey, from signing in to the signed-off PDF: {timer.Elapsed.TotalSeconds:F1} s");
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    /// <summary>Adds one item through a list's "Add a …" form and waits for the new version.</summary>
    private static async Task AddAsync(IPage page, string list, string noun, Dictionary<string, string> texts, Dictionary<string, string> choices)
    {
        var child = ChildId().Match(page.Url).Groups[1].Value;
        await page.GotoAsync($"/Children/{child}/Edit/{list}");
        await page.GetByRole(AriaRole.Link, new() { Name = $"Add a {noun}" }).ClickAsync();
        foreach (var (key, value) in texts) await page.Locator($"#field-{key}").FillAsync(value);
        foreach (var (key, value) in choices) await page.Locator($"#field-{key}").SelectOptionAsync(value);
        await page.GetByRole(AriaRole.Button, new() { Name = $"Add this {noun}" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToHaveTextAsync(new Regex("^Saved as version [0-9]+\\.$"));
    }

    [GeneratedRegex("/Children/([0-9a-f-]{36})")]
    private static partial Regex ChildId();
}
