using LifeStory.Web.Tests.Support;
using Microsoft.Playwright;

namespace LifeStory.Web.Tests.Browser;

/// <summary>
/// The journeys people make, in a real browser: each role signs in; a social worker imports a case, previews a letter
/// and downloads it, changes a detail in the form and watches the preview follow, writes in the story, opens the lists' forms and adds a
/// photo with its focus point; a manager signs the book off and reads the audit trail; the IRO opens her reviews. Every
/// page visited is scanned with axe-core.
/// </summary>
public sealed class JourneyTests
{
    [Fact]
    public async Task Given_the_demo_accounts_When_each_role_works_through_its_journey_Then_everything_works_and_no_page_has_an_accessibility_violation()
    {
        await using var browser = await BrowserSession.StartAsync();
        var problems = new List<string>();

        async Task ScanAsync(IPage p) => problems.AddRange(await BrowserSession.AccessibilityProblemsAsync(p));

        // Every role signs in and lands where its work is.
        foreach (var (user, landing) in new[] { ("iris.iro", "Children"), ("alex.admin", "Accounts and allocations") })
        {
            var p = await browser.SignInAsync(user);
            await Assertions.Expect(p.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(landing);
            await ScanAsync(p);
            if (user == "iris.iro")
            {
                // The IRO's week: her reviews and letters, from the main menu.
                await p.GetByRole(AriaRole.Link, new() { Name = "Reviews", Exact = true }).ClickAsync();
                await Assertions.Expect(p.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Reviews");
                await Assertions.Expect(p.GetByRole(AriaRole.Link, new() { Name = "Download your upcoming reviews as a calendar file (.ics)" })).ToBeVisibleAsync();
                await ScanAsync(p);
            }
            await p.Context.CloseAsync();
        }
        var signInPage = await browser.NewPageAsync();
        await signInPage.GotoAsync("/Accounts/SignIn");
        await ScanAsync(signInPage);

        // The social worker imports Yusuf's case folder, previews his review letter and downloads it.
        var sam = await browser.SignInAsync("sam.social");
        await ScanAsync(sam);
        var zip = Path.Combine(browser.Host.DataFolder, "yusuf.zip");
        await File.WriteAllBytesAsync(zip, Samples.Zip("yusuf"));
        await sam.Locator("#Upload").SetInputFilesAsync(zip);
        await sam.GetByRole(AriaRole.Button, new() { Name = "Check and add" }).ClickAsync();
        await sam.WaitForURLAsync(url => System.Text.RegularExpressions.Regex.IsMatch(url, "/Children/[0-9a-f-]{36}$"));
        var record = sam.Url;
        await Assertions.Expect(sam.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Yusuf");
        await ScanAsync(sam);

        await sam.GetByLabel("Document").SelectOptionAsync("review-letter");
        await sam.GetByLabel("For", new() { Exact = true }).SelectOptionAsync("child");
        await sam.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();
        var firstPage = sam.Locator("#preview img").First;
        await Assertions.Expect(firstPage).ToBeVisibleAsync(new() { Timeout = 60_000 });
        Assert.Equal(record, sam.Url); // htmx swapped the preview into the record page: no navigation
        await sam.WaitForFunctionAsync("() => { const i = document.querySelector('#preview img'); return i && i.complete && i.naturalWidth > 0; }");
        await ScanAsync(sam);

        var download = await sam.RunAndWaitForDownloadAsync(() => sam.GetByRole(AriaRole.Link, new() { Name = "Download the PDF" }).ClickAsync());
        var pdf = await File.ReadAllBytesAsync(await download.PathAsync());
        Assert.Equal("%PDF"u8.ToArray(), pdf[..4]);
        Assert.DoesNotContain("Yusuf", download.SuggestedFilename, StringComparison.OrdinalIgnoreCase);

        await sam.GotoAsync(record + "/Revisions/1");
        await ScanAsync(sam);

        // She changes his favourite colour in the form rather than in case.yaml: a new version, said so on the page.
        await sam.GotoAsync(record);
        await sam.GetByRole(AriaRole.Link, new() { Name = "Edit the child's details and the book's choices" }).ClickAsync();
        await ScanAsync(sam);
        await sam.GetByLabel("Favourite colour").FillAsync("sea green");
        await sam.GetByRole(AriaRole.Button, new() { Name = "Save a new version" }).ClickAsync();
        await Assertions.Expect(sam.GetByRole(AriaRole.Status)).ToHaveTextAsync("Saved as version 2.");
        await Assertions.Expect(sam.GetByLabel("Favourite colour")).ToHaveValueAsync("sea green");
        Assert.Equal(record + "/Edit/Child", sam.Url); // htmx sent the form: no page load
        // The page beside the form is redrawn from the new version, and a reader's own version is one click away.
        var pagePicture = sam.Locator("#edit-preview img");
        await Assertions.Expect(pagePicture).ToHaveAttributeAsync("src", new System.Text.RegularExpressions.Regex("/Book/child/Versions/2/Pages/\\d+$"), new() { Timeout = 180_000 });
        await ScanAsync(sam);
        // The lists have forms too, reached from the navigation shared by the edit pages: a person with who can see
        // them, a new school, and taking out a timeline event after being asked.
        await sam.GetByRole(AriaRole.Navigation, new() { Name = "Parts of the record" }).GetByRole(AriaRole.Link, new() { Name = "People" }).ClickAsync();
        await ScanAsync(sam);
        await sam.GetByRole(AriaRole.Link, new() { Name = "Edit" }).First.ClickAsync();
        await Assertions.Expect(sam.GetByRole(AriaRole.Group, new() { Name = "Who can see this: hide from" })).ToBeVisibleAsync();
        await ScanAsync(sam);
        foreach (var list in new[] { "Homes", "Schools/New", "Timeline/0/Remove", "MyWords", "WordsAndPictures", "LaterLifeLetter" })
        {
            await sam.GotoAsync($"{record}/Edit/{list}");
            await ScanAsync(sam);
        }
        // Back at the details, the page beside the form switches to the parents' version.
        await sam.GotoAsync(record + "/Edit/Child");
        await sam.GetByRole(AriaRole.Button, new() { Name = "Parents'" }).ClickAsync();
        await Assertions.Expect(pagePicture).ToHaveAttributeAsync("src", new System.Text.RegularExpressions.Regex("/Book/parents/Versions/2/Pages/\\d+$"), new() { Timeout = 180_000 });
        await sam.GetByRole(AriaRole.Link, new() { Name = "See the whole book, page by page" }).ClickAsync();
        await Assertions.Expect(sam.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("The whole book: parents' version");
        await ScanAsync(sam);

        // She writes in his story: a formatting button, the live preview of the words, a save that is a new version.
        await sam.GotoAsync(record + "/Edit/Story");
        await ScanAsync(sam);
        await sam.Locator(".story-parts a").First.ClickAsync();
        var words = sam.GetByLabel("The words");
        await words.PressAsync("Control+End");
        await sam.GetByRole(AriaRole.Button, new() { Name = "Bold" }).ClickAsync();
        await Assertions.Expect(sam.Locator("#markdown-preview strong").Last).ToHaveTextAsync("strong words", new() { Timeout = 10_000 });
        await ScanAsync(sam);
        await sam.GetByRole(AriaRole.Button, new() { Name = "Save a new version" }).ClickAsync();
        await Assertions.Expect(sam.GetByRole(AriaRole.Status)).ToHaveTextAsync("Saved as version 3.", new() { Timeout = 30_000 });
        await Assertions.Expect(sam.Locator("#edit-preview img")).ToHaveAttributeAsync("src", new System.Text.RegularExpressions.Regex("/Versions/3/Pages/\\d+$"), new() { Timeout = 180_000 });
        await ScanAsync(sam);
        await sam.GotoAsync(record + "/Edit/Child");
        // A change not yet saved: leaving the page asks first, and staying keeps what she typed.
        await sam.GetByLabel("Favourite colour").ClickAsync();
        await sam.Keyboard.TypeAsync(" and gold");
        var asked = new List<string>();
        sam.Dialog += async (_, dialog) => { asked.Add(dialog.Type); await dialog.DismissAsync(); };
        await sam.GetByRole(AriaRole.Link, new() { Name = "Back to Yusuf's record" }).ClickAsync();
        await Assertions.Expect(sam.GetByLabel("Favourite colour")).ToHaveValueAsync("sea green and gold");
        Assert.Equal(["beforeunload"], asked);

        // She adds a photo of Yusuf's (drawn by the test), clicks on it to keep the left side in view, and saves.
        var photos = await sam.Context.NewPageAsync();
        await photos.GotoAsync(record);
        await photos.GetByRole(AriaRole.Link, new() { Name = "Photos", Exact = true }).ClickAsync();
        await ScanAsync(photos);
        var picture = Path.Combine(browser.Host.DataFolder, "kite day.jpg");
        await File.WriteAllBytesAsync(picture, Editing.TestPictures.Jpeg(SkiaSharp.SKColors.Red, SkiaSharp.SKColors.Blue));
        await photos.GetByLabel("Choose photos to add (you can choose several at once)").SetInputFilesAsync(picture);
        await photos.GetByRole(AriaRole.Button, new() { Name = "Add these photos" }).ClickAsync();
        await Assertions.Expect(photos.Locator("p.notice[role=status]")).ToHaveTextAsync("Added 1 photo as version 4.", new() { Timeout = 60_000 });
        var added = photos.Locator("section.picture-item").Last;
        var upright = added.Locator("[data-upright]");
        await photos.WaitForFunctionAsync("i => i.complete && i.naturalWidth > 0", await upright.ElementHandleAsync());
        var box = (await upright.BoundingBoxAsync())!;
        await upright.ClickAsync(new() { Position = new() { X = box.Width * 0.1f, Y = box.Height * 0.3f } });
        await Assertions.Expect(added.GetByLabel("Across")).ToHaveValueAsync("0.1");
        await Assertions.Expect(added.GetByLabel("Down")).ToHaveValueAsync("0.3");
        await Assertions.Expect(added.Locator("img[data-crop=Face]")).ToHaveAttributeAsync("src", new System.Text.RegularExpressions.Regex(@"/Face\?x=0\.1&y=0\.3&small=0&bw=0$"));
        // Ticking "black and white" shows the crops greyed at once, before saving.
        await added.GetByLabel("Print it in black and white").CheckAsync();
        await Assertions.Expect(added.Locator("img[data-crop=Frame]")).ToHaveAttributeAsync("src", new System.Text.RegularExpressions.Regex(@"/Frame\?x=0\.1&y=0\.3&small=0&bw=1$"));
        await added.GetByLabel("Print it in black and white").UncheckAsync();
        await added.Locator("[data-focus-picker]").PressAsync("ArrowRight");
        await Assertions.Expect(added.GetByLabel("Across")).ToHaveValueAsync("0.12");
        await added.GetByLabel("Caption").FillAsync("Flying the kite with Mr Ahmed");
        await added.GetByRole(AriaRole.Button, new() { Name = "Save this photo" }).ClickAsync();
        await Assertions.Expect(photos.Locator("p.notice[role=status]")).ToHaveTextAsync("Saved as version 5.");
        await Assertions.Expect(photos.Locator("section.picture-item").Last.GetByLabel("Across")).ToHaveValueAsync("0.12");
        await ScanAsync(photos);
        await photos.GotoAsync(record + "/Edit/Drawings");
        await ScanAsync(photos);
        await photos.CloseAsync();

        // The team manager signs the book off and reads who has seen the record.
        var ruth = await browser.SignInAsync("ruth.manager");
        await ruth.GotoAsync(record);
        await Assertions.Expect(ruth.GetByText("Draft — not yet checked")).ToBeVisibleAsync();
        await ruth.GetByRole(AriaRole.Button, new() { Name = "I have checked the book: sign it off" }).ClickAsync();
        await Assertions.Expect(ruth.GetByText("Signed off", new() { Exact = true })).ToBeVisibleAsync();
        await ScanAsync(ruth);
        await ruth.GetByRole(AriaRole.Link, new() { Name = "Who has seen and changed this record" }).ClickAsync();
        await Assertions.Expect(ruth.GetByRole(AriaRole.Cell, new() { Name = "sign-off" })).ToBeVisibleAsync();
        // Yusuf's first language is Arabic, so the record's form chose his letter in English and Arabic for him.
        await Assertions.Expect(ruth.GetByRole(AriaRole.Cell, new() { Name = "review-letter for child in English and Arabic (ar), pdf" })).ToBeVisibleAsync();
        await ScanAsync(ruth);

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public async Task Given_an_IRO_with_reviews_overdue_due_and_letters_waiting_When_she_opens_her_reviews_Then_the_tables_show_them_with_no_accessibility_violation()
    {
        await using var browser = await BrowserSession.StartAsync(seed: false, clock: new FixedClock(Reviews.ReviewCaseload.Now));
        await Reviews.ReviewCaseload.CreateAsync(browser.Host);

        var iris = await browser.SignInAsync(Reviews.ReviewCaseload.Iro);
        await iris.GetByRole(AriaRole.Link, new() { Name = "Reviews", Exact = true }).ClickAsync();

        await Assertions.Expect(iris.Locator("#due tbody tr")).ToHaveCountAsync(2);
        await Assertions.Expect(iris.Locator("#letters tbody tr")).ToHaveCountAsync(2);
        await Assertions.Expect(iris.Locator("#later tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(iris.GetByRole(AriaRole.Cell, new() { Name = "8 working days overdue" })).ToBeVisibleAsync();
        Assert.Empty(await BrowserSession.AccessibilityProblemsAsync(iris));
    }
}
