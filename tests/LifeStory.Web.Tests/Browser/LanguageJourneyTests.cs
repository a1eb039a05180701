using LifeStory.Web.Tests.Documents.Languages;
using LifeStory.Web.Tests.Reviews.Sending;
using LifeStory.Web.Tests.Support;
using Microsoft.Playwright;

namespace LifeStory.Web.Tests.Browser;

/// <summary>
/// In Debian's chromium: the IRO opens Yusuf's record, where Arabic beside English is already chosen (his first
/// language), chooses Arabic alone and downloads his review letter in it; then she lists Maisie's birth mum, who needs
/// easy read, for email, and the easy-read letter is what arrives. Every page is scanned with axe-core.
/// </summary>
public sealed class LanguageJourneyTests
{
    [Fact]
    public async Task Given_Yusuf_and_a_parent_who_needs_easy_read_When_the_IRO_chooses_Arabic_and_sends_easy_read_Then_each_gets_those_words()
    {
        using var sink = new SmtpSink();
        await using var browser = await BrowserSession.StartAsync(clock: new FixedClock(SendingCase.Now), settings: sink.Settings());
        var yusuf = await LanguageChild.ImportAsync(browser.Host, "yusuf");
        var maisie = new SendingCase(browser.Host, sink, await SendingCase.ImportAsync(browser.Host));
        await maisie.KellyNeedsEasyReadAsync();
        var problems = new List<string>();
        async Task ScanAsync(IPage p) => problems.AddRange(await BrowserSession.AccessibilityProblemsAsync(p));

        var iris = await browser.SignInAsync(SendingCase.Iro);
        await iris.GotoAsync($"/Children/{yusuf}");
        var language = iris.GetByLabel("Language", new() { Exact = true });
        await Assertions.Expect(language).ToHaveValueAsync("ar");
        await Assertions.Expect(iris.GetByLabel("In two languages", new() { Exact = false })).ToBeCheckedAsync();
        await ScanAsync(iris);

        await iris.GetByLabel("Document", new() { Exact = true }).SelectOptionAsync("review-letter");
        await language.SelectOptionAsync(new SelectOptionValue { Label = "العربية (Arabic) — translation not yet checked" });
        await iris.GetByLabel("In two languages", new() { Exact = false }).UncheckAsync();
        await iris.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();
        await Assertions.Expect(iris.Locator("#preview h2")).ToHaveTextAsync("Latest review letter — child's version in Arabic (ar)", new() { Timeout = 60_000 });
        await Assertions.Expect(iris.Locator("#translation-not-checked")).ToBeVisibleAsync();
        await ScanAsync(iris);
        var download = await iris.RunAndWaitForDownloadAsync(() => iris.GetByRole(AriaRole.Link, new() { Name = "Download the PDF" }).ClickAsync());
        Assert.Equal("review-letter-for-child-ar.pdf", download.SuggestedFilename);
        using (var pdf = UglyToad.PdfPig.PdfDocument.Open(await File.ReadAllBytesAsync(await download.PathAsync())))
            Assert.StartsWith("رسالة إلى Yusuf بعد اجتماع المراجعة", pdf.Information.Title, StringComparison.Ordinal);

        await iris.GotoAsync(maisie.LettersUrl());
        await iris.GetByLabel("Who", new() { Exact = true }).SelectOptionAsync("kelly");
        await Assertions.Expect(iris.GetByLabel("Language", new() { Exact = true })).ToHaveValueAsync("");
        await iris.GetByLabel("Email through the council's mail").CheckAsync();
        await iris.GetByLabel("Email address").FillAsync("kelly.clarke@example.org");
        await iris.GetByRole(AriaRole.Button, new() { Name = "Add to the list" }).ClickAsync();
        await Assertions.Expect(iris.Locator("#recipient-kelly td").Nth(1)).ToHaveTextAsync("Parents' version in easy read");
        await Assertions.Expect(iris.GetByLabel("Language of Kelly Clarke's copy")).ToHaveValueAsync("easy-read");
        await ScanAsync(iris);
        await iris.GetByRole(AriaRole.Button, new() { Name = "Email the letter for Kelly Clarke" }).ClickAsync();
        await Assertions.Expect(iris.GetByRole(AriaRole.Status)).ToHaveTextAsync("The parents' letter in easy read was emailed to Kelly Clarke.");
        await ScanAsync(iris);

        var (_, to, message) = Assert.Single(sink.Received);
        Assert.Equal(["kelly.clarke@example.org"], to);
        using var attached = new MemoryStream();
        await message.Attachments.OfType<MimeKit.MimePart>().Single().Content!.DecodeToAsync(attached);
        Assert.StartsWith("About Maisie's meeting\nHello Kelly,", string.Join("\n", PdfPages.Read(attached.ToArray())), StringComparison.Ordinal);
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }
}
