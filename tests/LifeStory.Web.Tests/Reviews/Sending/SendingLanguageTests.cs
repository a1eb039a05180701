using System.Net;
using System.Security.Cryptography;
using AngleSharp.Html.Parser;
using LifeStory.Web.Audit;
using LifeStory.Web.Tests.Support;
using MimeKit;
using static LifeStory.Web.Tests.Reviews.Sending.SendingTests;

namespace LifeStory.Web.Tests.Reviews.Sending;

/// <summary>Each line of a distribution list in its own words: easy read, another language, two languages; on every database.</summary>
public sealed class SendingLanguageTests
{
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Given_Kelly_needs_easy_read_When_the_IRO_adds_her_as_usual_and_emails_her_letter_Then_she_gets_the_easy_read_letter_and_the_audit_says_so(string database)
    {
        using var c = await SendingCase.CreateAsync(database);
        await c.KellyNeedsEasyReadAsync();
        var iris = await Session.SignInAsync(c.Host, SendingCase.Iro);

        await AddAsync(c, iris, new() { ["PersonId"] = "kelly", ["Reader"] = "", ["Language"] = "", ["Route"] = "Email", ["Email"] = "kelly.clarke@example.org" });
        var kelly = await RowAsync(c, "kelly");
        Assert.Equal(("parents", "easy-read"), (kelly.Reader, kelly.Language));
        Assert.Equal("Parents' version in easy read", VersionCell(await iris.Client.GetStringAsync(c.LettersUrl()), "kelly"));

        var sent = await SendAsync(c, iris, kelly.Id);

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var (_, _, message) = Assert.Single(c.Sink.Received);
        using var pdf = new MemoryStream();
        await Assert.Single(message.Attachments.OfType<MimePart>()).Content!.DecodeToAsync(pdf);
        Assert.StartsWith("About Maisie's meeting\nHello Kelly,", string.Join("\n", PdfPages.Read(pdf.ToArray())), StringComparison.Ordinal);
        var hash = Convert.ToHexStringLower(SHA256.HashData(pdf.ToArray()));
        Assert.Equal(["review of 2026-11-24: added kelly, parents' version in easy read, by email"], (await AuditAsync(c, AuditActions.Distribution)).Select(a => a.Detail));
        Assert.Equal([$"review of 2026-11-24: parents' version in easy read to kelly by email, SHA-256 {hash}"], (await AuditAsync(c, AuditActions.Send)).Select(a => a.Detail));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Given_Maisie_on_the_list_in_English_When_her_line_is_changed_to_English_and_Arabic_Then_the_copy_to_post_is_in_both_and_named_so(string database)
    {
        using var c = await SendingCase.CreateAsync(database);
        var iris = await Session.SignInAsync(c.Host, SendingCase.Iro);
        // Maisie's first language is English, so her usual copy is English.
        await AddAsync(c, iris, new() { ["PersonId"] = "child", ["Language"] = "", ["Route"] = "Post" });
        var maisie = await RowAsync(c, "child");
        Assert.Null(maisie.Language);

        var changed = await iris.PostFormAsync(c.LettersUrl(), $"{c.LettersUrl()}?handler=Language&recipient={maisie.Id}", new() { ["Language"] = "en+ar" });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal("en+ar", (await RowAsync(c, "child")).Language);
        Assert.Equal("Child's version in English and Arabic (ar)", VersionCell(await iris.Client.GetStringAsync(c.LettersUrl()), "child"));

        var sent = await SendAsync(c, iris, maisie.Id);

        Assert.Equal("review-letter-2026-11-24-child-en-ar-to-post.pdf", sent.Content.Headers.ContentDisposition!.FileNameStar ?? sent.Content.Headers.ContentDisposition.FileName);
        var pdf = await sent.Content.ReadAsByteArrayAsync();
        var text = string.Join("\n", PdfPages.Read(pdf));
        Assert.Contains("Dear Maisie", text, StringComparison.Ordinal);
        Assert.Contains(LifeStory.Pipeline.CasePipeline.NotCheckedWords, text, StringComparison.Ordinal);
        using (var document = UglyToad.PdfPig.PdfDocument.Open(pdf))
            Assert.Contains(" · رسالة إلى Maisie", document.Information.Title, StringComparison.Ordinal);
        var hash = Convert.ToHexStringLower(SHA256.HashData(pdf));
        Assert.Equal(["review of 2026-11-24: added the child, child's version, by post", "review of 2026-11-24: the child to get the child's version in English and Arabic (ar)"],
            (await AuditAsync(c, AuditActions.Distribution)).Select(a => a.Detail));
        Assert.Equal([$"review of 2026-11-24: child's version in English and Arabic (ar) to the child by post, SHA-256 {hash}"], (await AuditAsync(c, AuditActions.Send)).Select(a => a.Detail));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Given_words_that_cannot_be_made_for_a_line_When_chosen_Then_the_form_names_the_field_and_nothing_changes(string database)
    {
        using var c = await SendingCase.CreateAsync(database);
        var iris = await Session.SignInAsync(c.Host, SendingCase.Iro);

        var easyForCarers = await AddAsync(c, iris, new() { ["PersonId"] = "jo", ["Language"] = "easy-read", ["Route"] = "Post", ["Address"] = "14 Willow Terrace" });
        var klingon = await AddAsync(c, iris, new() { ["PersonId"] = "jo", ["Language"] = "tlh", ["Route"] = "Post", ["Address"] = "14 Willow Terrace" });

        Assert.Contains("Language: easy read is made for parents only, of the review letter or a conference&#x27;s summary. Choose the parents&#x27; version, or another language.", await easyForCarers.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Language: there are no words for &quot;tlh&quot; in the templates in use.", await klingon.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await AuditAsync(c, AuditActions.Distribution));
    }

    private static string VersionCell(string page, string person) =>
        new HtmlParser().ParseDocument(page).QuerySelectorAll($"#recipient-{person} td")[1].TextContent.Trim();
}
