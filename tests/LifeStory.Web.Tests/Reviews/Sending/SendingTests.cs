using System.Net;
using System.Security.Cryptography;
using System.Text;
using AngleSharp.Html.Parser;
using LifeStory.Web.Audit;
using LifeStory.Web.Data;
using LifeStory.Web.Reviews.Sending;
using LifeStory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace LifeStory.Web.Tests.Reviews.Sending;

/// <summary>One review's distribution list and sending, on every database, with the test's own mail sink (see <see cref="SendingCase"/>).</summary>
public sealed class SendingTests
{
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Given_a_signed_review_When_the_IRO_emails_the_parents_version_Then_it_arrives_with_the_PDF_whose_hash_the_audit_records(string database)
    {
        using var c = await SendingCase.CreateAsync(database);
        var iris = await Session.SignInAsync(c.Host, SendingCase.Iro);

        var added = await AddAsync(c, iris, new() { ["PersonId"] = "kelly", ["Reader"] = "", ["Route"] = "Email", ["Email"] = "kelly.clarke@example.org" });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var kelly = await RowAsync(c, "kelly");
        // The person's group chose the version; the address is sealed, not stored as typed.
        Assert.Equal("parents", kelly.Reader);
        Assert.DoesNotContain("kelly.clarke", Encoding.Latin1.GetString(kelly.SealedEmail!), StringComparison.Ordinal);
        Assert.Equal(["Kelly Clarke my birth mum", "Parents' version", "Email to kelly.clarke@example.org", "Not sent"], Cells(await PageAsync(iris, c), "kelly")[..4]);

        var sent = await SendAsync(c, iris, kelly.Id);

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var (from, to, message) = Assert.Single(c.Sink.Received);
        Assert.Equal("reviews@council.example", from);
        Assert.Equal(["kelly.clarke@example.org"], to);
        Assert.Equal(LetterMailer.Subject, message.Subject);
        // Nothing about the child outside the PDF: not in the subject, the covering words or the file name.
        foreach (var word in new[] { "Maisie", "Clarke", "Rose" })
        {
            Assert.DoesNotContain(word, message.Subject, StringComparison.Ordinal);
            Assert.DoesNotContain(word, message.TextBody, StringComparison.Ordinal);
        }
        var attachment = Assert.Single(message.Attachments.OfType<MimePart>());
        Assert.Equal(("application/pdf", LetterMailer.AttachmentName), (attachment.ContentType.MimeType, attachment.FileName));
        using var pdf = new MemoryStream();
        await attachment.Content!.DecodeToAsync(pdf);
        var hash = Convert.ToHexStringLower(SHA256.HashData(pdf.ToArray()));
        var audit = await AuditAsync(c, AuditActions.Send);
        Assert.Equal([$"review of 2026-11-24: parents' version to kelly by email, SHA-256 {hash}"], audit.Select(a => a.Detail));
        Assert.Equal((SendingCase.Iro, c.Child), (audit[0].Actor, audit[0].ChildId!.Value));
        // The parents' version: the letter to Maisie, without the teacher whose name is hidden from her parents.
        var text = string.Join("\n", PdfPages.Read(pdf.ToArray()));
        Assert.Contains("Maisie", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Lewis", text, StringComparison.Ordinal);
        Assert.Equal(["Kelly Clarke my birth mum", "Parents' version", "Email to kelly.clarke@example.org", "Sent 30 November 2026, 10:00 by email"], Cells(await PageAsync(iris, c), "kelly")[..4]);
        Assert.Equal(hash, (await RowAsync(c, "kelly")).SentHash);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Given_an_unsigned_review_When_the_IRO_tries_to_send_its_letter_Then_nothing_is_sent_and_the_page_says_why(string database)
    {
        using var c = await SendingCase.CreateAsync(database);
        var iris = await Session.SignInAsync(c.Host, SendingCase.Iro);
        await AddAsync(c, iris, new() { ["PersonId"] = "kelly", ["Route"] = "Email", ["Email"] = "kelly.clarke@example.org" }, SendingCase.Unsigned);
        var kelly = await RowAsync(c, "kelly");

        var page = await iris.Client.GetStringAsync(c.LettersUrl(SendingCase.Unsigned));
        var refused = await iris.PostFormAsync(c.LettersUrl(SendingCase.Unsigned), $"{c.LettersUrl(SendingCase.Unsigned)}?handler=Send&recipient={kelly.Id}", []);

        Assert.Contains(LetterSender.NotSigned, page, StringComparison.Ordinal);
        Assert.DoesNotContain("the letter for Kelly Clarke", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains(LetterSender.NotSigned, await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(c.Sink.Received);
        Assert.Empty(await AuditAsync(c, AuditActions.Send));
        Assert.Null((await RowAsync(c, "kelly")).SentUtc);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Given_a_carer_on_the_post_route_When_the_IRO_sends_Then_the_carers_PDF_comes_back_to_print_and_the_audit_has_its_hash(string database)
    {
        using var c = await SendingCase.CreateAsync(database);
        var iris = await Session.SignInAsync(c.Host, SendingCase.Iro);
        await AddAsync(c, iris, new() { ["PersonId"] = "jo", ["Route"] = "Post", ["Address"] = "14 Willow Terrace\nLeeds\nLS1 4AB" });
        var jo = await RowAsync(c, "jo");
        Assert.Equal("carers", jo.Reader);

        var sent = await SendAsync(c, iris, jo.Id);

        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        Assert.Equal("application/pdf", sent.Content.Headers.ContentType!.MediaType);
        Assert.Equal("review-letter-2026-11-24-carers-to-post.pdf", sent.Content.Headers.ContentDisposition!.FileNameStar ?? sent.Content.Headers.ContentDisposition.FileName);
        var pdf = await sent.Content.ReadAsByteArrayAsync();
        var hash = Convert.ToHexStringLower(SHA256.HashData(pdf));
        Assert.Equal([$"review of 2026-11-24: carers' version to jo by post, SHA-256 {hash}"], (await AuditAsync(c, AuditActions.Send)).Select(a => a.Detail));
        Assert.Empty(c.Sink.Received);
        Assert.Equal("Sent 30 November 2026, 10:00 by post", Cells(await PageAsync(iris, c), "jo")[3]);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Given_a_letter_sent_When_a_correction_is_signed_Then_the_list_the_dashboard_and_the_weeks_letters_say_it_changed_since_sent(string database)
    {
        using var c = await SendingCase.CreateAsync(database);
        var iris = await Session.SignInAsync(c.Host, SendingCase.Iro);
        Assert.Equal("Nobody on the list yet", SentCell(await iris.Client.GetStringAsync("/Reviews")));
        await AddAsync(c, iris, new() { ["PersonId"] = "kelly", ["Route"] = "Email", ["Email"] = "kelly.clarke@example.org" });
        await AddAsync(c, iris, new() { ["PersonId"] = "child", ["Route"] = "Post" });
        Assert.Equal("0 of 2 sent", SentCell(await iris.Client.GetStringAsync("/Reviews")));
        await SendAsync(c, iris, (await RowAsync(c, "kelly")).Id);
        Assert.Equal("1 of 2 sent", SentCell(await iris.Client.GetStringAsync("/Reviews")));
        Assert.DoesNotContain("kelly.clarke", await iris.Client.GetStringAsync("/Reviews/Letters"), StringComparison.Ordinal);

        await c.CorrectAsync();

        Assert.StartsWith("Changed since sent: a correction was signed after it went on 30 November 2026", Cells(await PageAsync(iris, c), "kelly")[3], StringComparison.Ordinal);
        Assert.Equal("0 of 2 sent; 1 changed since sent", SentCell(await iris.Client.GetStringAsync("/Reviews")));
        var waiting = new HtmlParser().ParseDocument(await iris.Client.GetStringAsync("/Reviews/Letters")).QuerySelectorAll("#waiting tbody tr")
            .Select(r => string.Join(" | ", r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()))).ToList();
        Assert.Equal(["Maisie | 24 November 2026 | Maisie | child's version | Post | Not sent yet",
            "Maisie | 24 November 2026 | Kelly Clarke | parents' version | Email | Corrected since it was sent"], waiting);
        // Sending again sends the corrected copy, and says so.
        await SendAsync(c, iris, (await RowAsync(c, "kelly")).Id);
        Assert.Contains("parents' version (corrected copy) to kelly by email", (await AuditAsync(c, AuditActions.Send))[^1].Detail, StringComparison.Ordinal);
        Assert.Equal("1 of 2 sent", SentCell(await iris.Client.GetStringAsync("/Reviews")));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Given_the_mail_relay_does_not_answer_When_the_IRO_emails_a_letter_Then_she_is_told_nothing_was_sent_and_it_stays_waiting(string database)
    {
        using var c = await SendingCase.CreateAsync(database);
        var iris = await Session.SignInAsync(c.Host, SendingCase.Iro);
        await AddAsync(c, iris, new() { ["PersonId"] = "kelly", ["Route"] = "Email", ["Email"] = "kelly.clarke@example.org" });
        c.Sink.Dispose();

        var refused = await SendAsync(c, iris, (await RowAsync(c, "kelly")).Id);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var page = await refused.Content.ReadAsStringAsync();
        Assert.Contains("The email to Kelly Clarke could not be sent: the mail relay did not accept it. Nothing was sent; try again later, or choose post.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", page, StringComparison.Ordinal);
        Assert.Empty(await AuditAsync(c, AuditActions.Send));
        Assert.Null((await RowAsync(c, "kelly")).SentUtc);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Given_no_mail_relay_set_up_When_the_IRO_emails_a_letter_Then_she_is_told_to_post_it_or_ask_for_the_relay(string database)
    {
        using var c = await SendingCase.CreateAsync(database, mail: false);
        var iris = await Session.SignInAsync(c.Host, SendingCase.Iro);
        await AddAsync(c, iris, new() { ["PersonId"] = "kelly", ["Route"] = "Email", ["Email"] = "kelly.clarke@example.org" });

        var refused = await SendAsync(c, iris, (await RowAsync(c, "kelly")).Id);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("Email is not set up on this server (LifeStory:Mail). Choose post for this person, or ask your administrator to set up the mail relay.",
            await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(c.Sink.Received);
        Assert.Empty(await AuditAsync(c, AuditActions.Send));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Given_an_incomplete_recipient_When_added_Then_each_field_says_what_to_fix_and_nothing_is_saved(string database)
    {
        using var c = await SendingCase.CreateAsync(database);
        var iris = await Session.SignInAsync(c.Host, SendingCase.Iro);

        var noEmail = await AddAsync(c, iris, new() { ["PersonId"] = "kelly", ["Route"] = "Email", ["Email"] = "" });
        var badEmail = await AddAsync(c, iris, new() { ["PersonId"] = "kelly", ["Route"] = "Email", ["Email"] = "kelly at home" });
        var noAddress = await AddAsync(c, iris, new() { ["PersonId"] = "kelly", ["Route"] = "Post", ["Address"] = "" });

        Assert.Contains("Email address: write the address to send the letter to, or choose post.", await noEmail.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Email address: &quot;kelly at home&quot; is not an email address.", await badEmail.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Postal address: write the address to post the letter to, one line each, or choose email.", await noAddress.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await c.Host.WithScopeAsync(s => s.GetRequiredService<LifeStoryDb>().LetterRecipients.CountAsync()));
    }

    internal static Task<HttpResponseMessage> AddAsync(SendingCase c, Session session, Dictionary<string, string> fields, string date = SendingCase.Signed) =>
        session.PostFormAsync(c.LettersUrl(date), $"{c.LettersUrl(date)}?handler=Add", fields);

    internal static Task<HttpResponseMessage> SendAsync(SendingCase c, Session session, Guid recipient) =>
        session.PostFormAsync(c.LettersUrl(), $"{c.LettersUrl()}?handler=Send&recipient={recipient}", []);

    internal static Task<LetterRecipient> RowAsync(SendingCase c, string? person) =>
        c.Host.WithScopeAsync(s => s.GetRequiredService<LifeStoryDb>().LetterRecipients.AsNoTracking().SingleAsync(r => r.PersonId == (person == "child" ? null : person)));

    internal static Task<List<AuditEntry>> AuditAsync(SendingCase c, string action) =>
        c.Host.WithScopeAsync(s => s.GetRequiredService<LifeStoryDb>().AuditEntries.AsNoTracking().Where(e => e.Action == action).OrderBy(e => e.Id).ToListAsync());

    private static async Task<AngleSharp.Dom.IDocument> PageAsync(Session session, SendingCase c) =>
        new HtmlParser().ParseDocument(await session.Client.GetStringAsync(c.LettersUrl()));

    private static string[] Cells(AngleSharp.Dom.IDocument page, string person) =>
        page.QuerySelectorAll($"#recipient-{person} td").Select(td => string.Join(' ', td.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))).ToArray();

    /// <summary>The "Sent" cell of the dashboard's only letter row.</summary>
    private static string SentCell(string dashboard) =>
        new HtmlParser().ParseDocument(dashboard).QuerySelectorAll("#letters tbody tr td").Last().TextContent.Trim();
}
