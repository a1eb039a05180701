using System.Net;
using AngleSharp.Html.Parser;
using LifeStory.Cases.Model;
using LifeStory.Pipeline;
using LifeStory.Web.Audit;
using LifeStory.Web.Documents;
using LifeStory.Web.Documents.Languages;
using LifeStory.Web.Tests.Reviews.Sending;
using LifeStory.Web.Tests.Support;

namespace LifeStory.Web.Tests.Documents.Languages;

/// <summary>
/// Documents in another language, in two, and the easy-read parents' letter, asked for from the child's record and
/// made by the CLI's pipeline, on every database.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class DocumentLanguageTests(SharedHosts hosts)
{
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Given_Yusuf_whose_first_language_is_Arabic_When_his_record_is_opened_Then_Arabic_beside_English_is_chosen_and_each_language_has_its_own_name(string database)
    {
        var host = hosts.For(database);
        var child = await LanguageChild.ImportAsync(host, "yusuf");
        var sam = await Session.SignInAsync(host, "sam.social");

        var page = new HtmlParser().ParseDocument(await sam.Client.GetStringAsync($"/Children/{child}"));

        var options = page.QuerySelectorAll("#language option").Select(o => (o.GetAttribute("value"), o.TextContent.Trim())).ToList();
        Assert.Equal(("en", "English"), options[0]);
        Assert.Contains(("ar", "العربية (Arabic) — translation not yet checked"), options);
        Assert.Contains(("pl", "polski (Polish) — translation not yet checked"), options);
        Assert.Equal("ar", page.QuerySelector("#language option[selected]")?.GetAttribute("value"));
        Assert.True(page.QuerySelector("#both")!.HasAttribute("checked"));
        // Nobody in Yusuf's case needs easy read, so it is not offered.
        Assert.Null(page.QuerySelector("#easy-read"));

        var chosen = await sam.GetAsync($"/Documents/Choose?child={child}&product=review-letter&reader=child&language=ar&both=true");
        Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);
        Assert.Equal($"/Children/{child}/Documents/review-letter/child?language=en%2Bar", chosen.Headers.Location!.OriginalString);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Given_Yusufs_review_letter_When_downloaded_in_English_Arabic_and_both_Then_each_PDF_is_in_its_words_and_the_audit_says_which(string database)
    {
        var host = hosts.For(database);
        var child = await LanguageChild.ImportAsync(host, "yusuf");
        var iris = await Session.SignInAsync(host, "iris.iro");
        var letter = $"/Children/{child}/Documents/review-letter/child";

        var english = await iris.GetAsync($"{letter}/Download/pdf");
        var arabic = await iris.GetAsync($"{letter}/Download/pdf?language=ar");
        var both = await iris.GetAsync($"{letter}/Download/pdf?language=en%2Bar");

        Assert.Equal("review-letter-for-child.pdf", FileName(english));
        Assert.Equal("review-letter-for-child-ar.pdf", FileName(arabic));
        Assert.Equal("review-letter-for-child-en-ar.pdf", FileName(both));
        var (englishPdf, arabicPdf, bothPdf) = (await english.Content.ReadAsByteArrayAsync(), await arabic.Content.ReadAsByteArrayAsync(), await both.Content.ReadAsByteArrayAsync());
        // The title is the catalogue's, in Arabic, as the PDF's own metadata holds it (in reading order).
        Assert.StartsWith("A letter to Yusuf after the review meeting", Title(englishPdf), StringComparison.Ordinal);
        Assert.StartsWith(ArabicTitle, Title(arabicPdf), StringComparison.Ordinal);
        Assert.Contains(" · " + ArabicTitle, Title(bothPdf), StringComparison.Ordinal);
        Assert.StartsWith("A letter to Yusuf after the review meeting", Title(bothPdf), StringComparison.Ordinal);
        // The pages: PdfPig reads shaped Arabic as presentation forms in drawing order, some glyphs without a letter,
        // so the words are counted as Arabic letters (NFKC folds the forms back) rather than matched whole.
        var (englishText, arabicText, bothText) = (Text(englishPdf), Text(arabicPdf), Text(bothPdf));
        Assert.Contains("Dear Yusuf", englishText, StringComparison.Ordinal);
        Assert.DoesNotContain(CasePipeline.NotCheckedWords, englishText, StringComparison.Ordinal);
        Assert.DoesNotContain("Dear Yusuf", arabicText, StringComparison.Ordinal);
        Assert.Contains(CasePipeline.NotCheckedWords, arabicText, StringComparison.Ordinal);
        Assert.Contains("Dear Yusuf", bothText, StringComparison.Ordinal);
        Assert.True(ArabicLetters(arabicText) >= ArabicLetters(englishText) + 50, $"Arabic letters: {ArabicLetters(arabicText)} in Arabic, {ArabicLetters(englishText)} in English");
        Assert.True(ArabicLetters(bothText) >= ArabicLetters(englishText) + 50, $"Arabic letters: {ArabicLetters(bothText)} in two languages, {ArabicLetters(englishText)} in English");
        // Asked again, the Arabic letter is the one already made (same key), not the English one.
        Assert.Equal(arabicPdf, await iris.Client.GetByteArrayAsync($"{letter}/Download/pdf?language=ar"));
        Assert.Equal(
            ["review-letter for child, pdf", "review-letter for child in Arabic (ar), pdf", "review-letter for child in English and Arabic (ar), pdf", "review-letter for child in Arabic (ar), pdf"],
            await LanguageChild.AuditAsync(host, child, AuditActions.Download));
    }

    [Fact]
    public void Given_one_letter_in_each_language_When_keyed_for_the_cache_Then_every_key_differs()
    {
        var letter = new DocumentKind(Product.Minutes, Audience.Parents, new DateOnly(2026, 11, 24));
        var keys = new[] { DocumentLanguage.English, DocumentLanguage.In("ar"), DocumentLanguage.Both("ar"), DocumentLanguage.In("pl"), DocumentLanguage.EasyReadLetter }
            .Select(language => (letter with { Language = language }).Key).ToList();

        Assert.Equal(keys.Count, keys.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(letter.Key, (letter with { Language = DocumentLanguage.Parse("en")! }).Key);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Given_Kelly_needs_easy_read_When_the_IRO_chooses_the_easy_read_letter_Then_it_is_offered_made_and_named_in_the_audit(string database)
    {
        var host = hosts.For(database);
        var child = await LanguageChild.ImportAsync(host, "maisie", LanguageChild.KellyNeedsEasyRead);
        var iris = await Session.SignInAsync(host, "iris.iro");

        var record = new HtmlParser().ParseDocument(await iris.Client.GetStringAsync($"/Children/{child}"));
        Assert.NotNull(record.QuerySelector("#easy-read"));
        // Maisie's first language is English: nothing else is chosen for her.
        Assert.Equal("en", record.QuerySelector("#language option[selected]")?.GetAttribute("value") ?? "en");
        Assert.False(record.QuerySelector("#both")!.HasAttribute("checked"));
        var chosen = await iris.GetAsync($"/Documents/Choose?child={child}&product=review-letter&reader=parents&language=en&easyRead=true");
        Assert.Equal($"/Children/{child}/Documents/review-letter/parents?language=easy-read", chosen.Headers.Location!.OriginalString);

        var preview = await iris.Client.GetStringAsync($"/Children/{child}/Documents/review-letter/parents?language=easy-read");
        var pdf = await iris.GetAsync($"/Children/{child}/Documents/review-letter/parents/Download/pdf?language=easy-read");

        Assert.Equal("Latest review letter — parents' version in easy read", new HtmlParser().ParseDocument(preview).QuerySelector("#preview h2")?.TextContent);
        Assert.Contains($"/Children/{child}/Documents/review-letter/parents/Download/pdf?language=easy-read", new HtmlParser().ParseDocument(preview).QuerySelectorAll("#preview a").Select(a => a.GetAttribute("href")));
        Assert.Equal("review-letter-for-parents-easy-read.pdf", FileName(pdf));
        var easyRead = await pdf.Content.ReadAsByteArrayAsync();
        Assert.StartsWith("An easy-read letter about Maisie's review meeting", Title(easyRead), StringComparison.Ordinal);
        // It greets the parent who needs it by name, one idea a line.
        Assert.StartsWith("About Maisie's meeting\nHello Kelly,", Text(easyRead), StringComparison.Ordinal);
        Assert.Equal(["review-letter for parents in easy read, preview"], await LanguageChild.AuditAsync(host, child, AuditActions.Generate));
        Assert.Equal(["review-letter for parents in easy read, pdf"], await LanguageChild.AuditAsync(host, child, AuditActions.Download));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Given_words_that_cannot_be_made_When_asked_for_Then_the_page_names_the_field_and_the_fix(string database)
    {
        var host = hosts.For(database);
        var sam = await Session.SignInAsync(host, "sam.social");
        var child = (await hosts.MatrixFor(database)).Own;

        var klingon = await sam.Client.GetStringAsync($"/Children/{child}/Documents/book/child?language=tlh");
        var easyBook = await sam.Client.GetStringAsync($"/Children/{child}/Documents/book/child?language=easy-read");
        var nonsense = await sam.GetAsync($"/Children/{child}/Documents/book/child?language=../../etc");
        var download = await sam.GetAsync($"/Children/{child}/Documents/book/child/Download/pdf?language=tlh");

        Assert.Contains("Language: there are no words for &quot;tlh&quot; in the templates in use. Choose English or one of the languages in the list.", klingon, StringComparison.Ordinal);
        Assert.Contains("Easy read: it is made of the review letter for parents only.", easyBook, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, nonsense.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, download.StatusCode);
        Assert.Equal($"/Children/{child}/Documents/book/child?language=tlh", download.Headers.Location!.OriginalString);
    }

    /// <summary>The start of the review letter's title in templates/languages/ar.yaml (title_minutes: "A letter to … after the review meeting").</summary>
    private const string ArabicTitle = "رسالة إلى Yusuf بعد اجتماع المراجعة";

    private static string Title(byte[] pdf)
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        return document.Information.Title ?? "";
    }

    private static int ArabicLetters(string text) => text.Normalize(System.Text.NormalizationForm.FormKC).Count(c => c is >= '\u0621' and <= '\u064A');

    private static string FileName(HttpResponseMessage response) =>
        response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName!;

    private static string Text(byte[] pdf) => string.Join("\n", PdfPages.Read(pdf));
}
