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

namespace LifeStory.Web.Tests.Conferences;

/// <summary>A conference's outcome goes out like a review's letters: its own list, only once signed, each copy audited with its hash.</summary>
public sealed class ConferenceSendingTests
{
    private static string Letters(Guid child) => $"/Children/{child}/Conferences/{ConferenceCase.Held}/Letters";

    private static async Task<Guid> AddNanAsync(WebHost host, Session session, Guid child)
    {
        var added = await session.PostFormAsync(Letters(child), Letters(child) + "?handler=Add",
            new() { ["PersonId"] = "nan", ["Route"] = "Email", ["Email"] = "nan@example.org" });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        return await host.WithScopeAsync(s => s.GetRequiredService<LifeStoryDb>().LetterRecipients.Where(r => r.ChildId == child).Select(r => r.Id).SingleAsync());
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Given_an_unsigned_conference_When_its_outcome_is_sent_Then_it_is_refused_and_nothing_leaves(string database)
    {
        using var sink = new SmtpSink();
        using var host = new WebHost(database, seed: false, settings: sink.Settings(), clock: new FixedClock(RecordingCase.Now));
        var amira = await RecordingCase.CreateAsync(host, ConferenceCase.Yaml);
        var session = await Session.SignInAsync(host, RecordingCase.Iro);
        var nan = await AddNanAsync(host, session, amira.Child);

        var sent = await session.PostFormAsync(Letters(amira.Child), Letters(amira.Child) + $"?handler=Send&recipient={nan}", []);

        Assert.Equal(HttpStatusCode.Conflict, sent.StatusCode);
        Assert.Contains(LetterSender.ConferenceNotSigned, WebUtility.HtmlDecode(await sent.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Empty(sink.Received);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Given_a_signed_conference_When_Nan_is_emailed_Then_she_gets_the_parents_summary_and_the_trail_keeps_its_hash_apart_from_the_reviews_lists(string database)
    {
        using var sink = new SmtpSink();
        using var host = new WebHost(database, seed: false, settings: sink.Settings(), clock: new FixedClock(RecordingCase.Now));
        var amira = await RecordingCase.CreateAsync(host, ConferenceCase.Yaml);
        var session = await Session.SignInAsync(host, RecordingCase.Iro);
        var page = ConferenceCase.Page(amira.Child);
        Assert.Equal(HttpStatusCode.Redirect, (await session.PostFormAsync(page, page + "?handler=Sign", [])).StatusCode);
        var nan = await AddNanAsync(host, session, amira.Child);

        var sent = await session.PostFormAsync(Letters(amira.Child), Letters(amira.Child) + $"?handler=Send&recipient={nan}", []);

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var (_, to, message) = Assert.Single(sink.Received);
        Assert.Equal(["nan@example.org"], to);
        Assert.Equal(LetterMailer.MeetingSubject, message.Subject);
        var attached = Assert.Single(message.Attachments.OfType<MimePart>());
        using var pdf = new MemoryStream();
        await attached.Content!.DecodeToAsync(pdf);
        Assert.Contains("This is a short summary for parents", string.Join("\n", PdfPages.Read(pdf.ToArray())), StringComparison.Ordinal);
        var hash = Convert.ToHexStringLower(SHA256.HashData(pdf.ToArray()));
        var trail = await host.WithScopeAsync(s => s.GetRequiredService<LifeStoryDb>().AuditEntries
            .Where(e => e.ChildId == amira.Child && (e.Action == AuditActions.Send || e.Action == AuditActions.Distribution)).OrderBy(e => e.Id).Select(e => e.Detail).ToListAsync());
        Assert.Equal([$"conference of {ConferenceCase.Held}: added nan, parents' version, by email",
            $"conference of {ConferenceCase.Held}: parents' version to nan by email, SHA-256 {hash}"], trail);
        var row = await host.WithScopeAsync(s => s.GetRequiredService<LifeStoryDb>().LetterRecipients.SingleAsync(r => r.Id == nan));
        Assert.Equal(("conference", hash), (row.Meeting, row.SentHash));
        // The review dashboard's lists are reviews': the conference's line is not counted there.
        Assert.Empty(await host.WithScopeAsync(s => s.GetRequiredService<DistributionList>().RowsForAsync([amira.Child], CancellationToken.None)));
    }
}
