using System.Net;
using System.Security.Cryptography;
using LifeStory.Web.Audit;
using LifeStory.Web.Data;
using LifeStory.Web.Reviews.Sending;
using LifeStory.Web.Tests.Reviews.Recording;
using LifeStory.Web.Tests.Reviews.Sending;
using LifeStory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace LifeStory.Web.Tests.Pathway;

/// <summary>
/// Amira's pathway plan goes out on its own list once she and Pat have both signed it: she gets her own copy (here by
/// post, handed to her), Pat the full record by email through the relay, each audited with the hash of what left.
/// Her home goal is kept from her copy in this case, so what her copy leaves out is shown before anything is sent.
/// </summary>
public sealed class PathwayPlanSendingTests
{
    private const string Written = "2026-07-01";

    private static readonly string Yaml = PathwayPlanPageTests.Yaml.Replace("hidden_from: [parents]", "hidden_from: [child]", StringComparison.Ordinal);

    private static string Letters(Guid child) => $"/Children/{child}/PathwayPlan/{Written}/Letters";

    private static string Plan(Guid child) => $"/Children/{child}/PathwayPlan";

    private static async Task<Guid> AddAsync(WebHost host, Session session, Guid child, Dictionary<string, string> fields)
    {
        var added = await session.PostFormAsync(Letters(child), Letters(child) + "?handler=Add", fields);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var who = fields["PersonId"] == "child" ? null : fields["PersonId"];
        return await host.WithScopeAsync(s => s.GetRequiredService<LifeStoryDb>().LetterRecipients.Where(r => r.ChildId == child && r.PersonId == who).Select(r => r.Id).SingleAsync());
    }

    private static string PdfText(byte[] pdf) => string.Join("\n", PdfPages.Read(pdf));

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Given_a_plan_not_signed_by_both_When_it_is_sent_Then_it_is_refused_and_nothing_leaves(string database)
    {
        using var sink = new SmtpSink();
        using var host = new WebHost(database, seed: false, settings: sink.Settings(), clock: new FixedClock(RecordingCase.Now));
        var amira = await RecordingCase.CreateAsync(host, Yaml);
        var sam = await Session.SignInAsync(host, RecordingCase.SocialWorker);
        Assert.Equal(HttpStatusCode.Redirect, (await sam.PostFormAsync(Plan(amira.Child), Plan(amira.Child) + "?handler=Sign", new() { ["by"] = "child" })).StatusCode);
        var pat = await AddAsync(host, sam, amira.Child, new() { ["PersonId"] = "pat", ["Route"] = "Email", ["Email"] = "pat@example.org" });

        var sent = await sam.PostFormAsync(Letters(amira.Child), Letters(amira.Child) + $"?handler=Send&recipient={pat}", []);

        Assert.Equal(HttpStatusCode.Conflict, sent.StatusCode);
        Assert.Contains(LetterSender.PathwayNotSigned, WebUtility.HtmlDecode(await sent.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Empty(sink.Received);
        var row = await host.WithScopeAsync(s => s.GetRequiredService<LifeStoryDb>().LetterRecipients.SingleAsync(r => r.Id == pat));
        Assert.Null(row.SentUtc);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Given_a_signed_plan_When_Amira_gets_hers_by_post_and_Pat_the_record_by_email_Then_each_gets_only_their_version_and_the_trail_keeps_each_hash(string database)
    {
        using var sink = new SmtpSink();
        using var host = new WebHost(database, seed: false, settings: sink.Settings(), clock: new FixedClock(RecordingCase.Now));
        var amira = await RecordingCase.CreateAsync(host, Yaml);
        var sam = await Session.SignInAsync(host, RecordingCase.SocialWorker);
        foreach (var by in new[] { "child", "adviser" })
            Assert.Equal(HttpStatusCode.Redirect, (await sam.PostFormAsync(Plan(amira.Child), Plan(amira.Child) + "?handler=Sign", new() { ["by"] = by })).StatusCode);
        var plan = FormPage.Parse(await sam.Client.GetStringAsync(Plan(amira.Child)));
        Assert.Equal(Letters(amira.Child), plan.Document.GetElementById("send-plan")!.GetAttribute("href"));

        // A pathway plan has two versions: the parents' is refused by name, and nothing is added.
        var parents = await sam.PostFormAsync(Letters(amira.Child), Letters(amira.Child) + "?handler=Add", new() { ["PersonId"] = "nan", ["Reader"] = "parents", ["Route"] = "Post", ["Address"] = "1 Lane" });
        Assert.Contains("a pathway plan has no carers' or parents' version", WebUtility.HtmlDecode(await parents.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var mine = await AddAsync(host, sam, amira.Child, new() { ["PersonId"] = "child", ["Route"] = "Post" });
        var pats = await AddAsync(host, sam, amira.Child, new() { ["PersonId"] = "pat", ["Route"] = "Email", ["Email"] = "pat@example.org" });

        var list = FormPage.Parse(await sam.Client.GetStringAsync(Letters(amira.Child)));
        Assert.Equal("Signed by Amira and Pat Adviser on 20 July 2026. Each person gets only their own version: what their version may not show is taken out before it is made.",
            string.Join(' ', list.Document.GetElementById("signed")!.TextContent.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries)));
        Assert.Equal(["Goal: Home: I want to stay with Jo until I finish college."], list.Document.QuerySelectorAll("#left-out-child li").Select(li => li.TextContent));
        Assert.Equal(["Young person's own plan", "Full record"], list.Document.QuerySelectorAll("#recipients tbody tr td:nth-child(2)").Select(td => td.TextContent));

        var posted = await sam.PostFormAsync(Letters(amira.Child), Letters(amira.Child) + $"?handler=Send&recipient={mine}", []);
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Equal($"pathway-plan-{Written}-child-to-post.pdf", posted.Content.Headers.ContentDisposition!.FileNameStar ?? posted.Content.Headers.ContentDisposition.FileName);
        var hers = await posted.Content.ReadAsByteArrayAsync();
        Assert.Contains("I want to start my nursing course at college in September.", PdfText(hers), StringComparison.Ordinal);
        Assert.DoesNotContain("I want to stay with Jo", PdfText(hers), StringComparison.Ordinal);

        var emailed = await sam.PostFormAsync(Letters(amira.Child), Letters(amira.Child) + $"?handler=Send&recipient={pats}", []);
        Assert.Equal(HttpStatusCode.Redirect, emailed.StatusCode);
        var (_, to, message) = Assert.Single(sink.Received);
        Assert.Equal(["pat@example.org"], to);
        Assert.Equal(LetterMailer.PlanSubject, message.Subject);
        var attached = Assert.Single(message.Attachments.OfType<MimePart>());
        Assert.Equal(LetterMailer.PlanAttachmentName, attached.FileName);
        using var record = new MemoryStream();
        await attached.Content!.DecodeToAsync(record);
        Assert.Contains("I want to stay with Jo until I finish college.", PdfText(record.ToArray()), StringComparison.Ordinal);

        var trail = await host.WithScopeAsync(s => s.GetRequiredService<LifeStoryDb>().AuditEntries
            .Where(e => e.ChildId == amira.Child && (e.Action == AuditActions.Send || e.Action == AuditActions.Distribution)).OrderBy(e => e.Id).Select(e => e.Detail).ToListAsync());
        Assert.Equal([
            $"pathway plan of {Written}: added the child, child's version, by post",
            $"pathway plan of {Written}: added pat, full record version, by email",
            $"pathway plan of {Written}: child's version to the child by post, SHA-256 {Convert.ToHexStringLower(SHA256.HashData(hers))}",
            $"pathway plan of {Written}: full record version to pat by email, SHA-256 {Convert.ToHexStringLower(SHA256.HashData(record.ToArray()))}",
        ], trail);
        var rows = await host.WithScopeAsync(s => s.GetRequiredService<LifeStoryDb>().LetterRecipients.Where(r => r.ChildId == amira.Child).Select(r => r.Meeting).ToListAsync());
        Assert.Equal(["pathway plan", "pathway plan"], rows);
    }
}
