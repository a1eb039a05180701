using System.Net;
using System.Security.Cryptography;
using System.Text;
using AngleSharp.Html.Parser;
using LifeStory.Web.Audit;
using LifeStory.Web.Children;
using LifeStory.Web.Data;
using LifeStory.Web.Storage;
using LifeStory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;

namespace LifeStory.Web.Tests.Reviews.SignOff;

/// <summary>The IRO signs a review's record from its page: the signature goes into case.yaml as a new revision, after the CLI's checks.</summary>
public sealed class SignReviewTests
{
    private static readonly string[] Readers = ["child", "carers", "parents", "record"];

    private static string Page(Guid child) => $"/Children/{child}/Reviews/{UnsignedMaisie.Review}";

    private static async Task<(CaseRevision Latest, string Yaml, int Count)> LatestAsync(WebHost host, Guid child) => await host.WithScopeAsync(async s =>
    {
        var revisions = s.GetRequiredService<RevisionStore>();
        var latest = (await revisions.LatestAsync(child, CancellationToken.None))!;
        var yaml = Encoding.UTF8.GetString((await revisions.ReadFileAsync(latest, "case.yaml", CancellationToken.None))!);
        return (latest, yaml, (await revisions.AllAsync(child, CancellationToken.None)).Count);
    });

    private static async Task<List<AuditEntry>> SignaturesAsync(WebHost host, Guid child) => await host.WithScopeAsync(s =>
        s.GetRequiredService<LifeStoryDb>().AuditEntries.Where(e => e.ChildId == child && e.Action == AuditActions.SignReview).ToListAsync());

    private static async Task<byte[]> PdfAsync(Session session, Guid child, string reader)
    {
        var response = await session.GetAsync($"/Children/{child}/Documents/review-letter/{reader}/Download/pdf?date={UnsignedMaisie.Review}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static string Text(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join("\n", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Given_an_unsigned_review_When_its_IRO_signs_Then_case_yaml_gains_exactly_the_signature_as_a_new_revision_the_versions_lose_DRAFT_and_the_audit_keeps_their_hashes(string database)
    {
        using var host = new WebHost(database, clock: new FixedClock(UnsignedMaisie.Now));
        var child = await UnsignedMaisie.CreateAsync(host);
        var iris = await Session.SignInAsync(host, "iris.iro");
        var before = await LatestAsync(host, child);
        foreach (var reader in Readers)
        {
            var draft = Text(await PdfAsync(iris, child, reader));
            Assert.Contains("DRAFT", draft, StringComparison.Ordinal);
            Assert.Contains("15 September 2026", draft, StringComparison.Ordinal);
        }
        var page = new HtmlParser().ParseDocument(await iris.Client.GetStringAsync(Page(child)));
        Assert.Contains("Not signed yet", page.QuerySelector("#status")!.TextContent, StringComparison.Ordinal);

        var response = await iris.PostFormAsync(Page(child), Page(child) + "?handler=Sign", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await LatestAsync(host, child);
        Assert.Equal(UnsignedMaisie.SignedToday, after.Yaml);
        Assert.Equal(before.Count + 1, after.Count);
        Assert.Equal("Review of 15 September 2026 signed by the IRO", after.Latest.Note);
        var entry = Assert.Single(await SignaturesAsync(host, child));
        Assert.Equal("iris.iro", entry.Actor);
        var downloaded = new List<string>();
        foreach (var reader in Readers)
        {
            var pdf = await PdfAsync(iris, child, reader);
            Assert.DoesNotContain("DRAFT", Text(pdf), StringComparison.Ordinal);
            downloaded.Add($"{reader} {Convert.ToHexStringLower(SHA256.HashData(pdf))}");
        }
        Assert.Equal($"review {UnsignedMaisie.Review}, revision {after.Latest.Number}; PDF SHA-256: {string.Join(", ", downloaded)}", entry.Detail);

        var signed = new HtmlParser().ParseDocument(await iris.Client.GetStringAsync(Page(child)));
        Assert.Equal("Signed by Mark Bennett on 23 November 2026.", signed.QuerySelector("#status p")!.TextContent.Trim());
        Assert.Equal($"/Children/{child}/Reviews/Record?date={UnsignedMaisie.Review}", signed.QuerySelector("#read-only a")!.GetAttribute("href"));
        Assert.DoesNotContain("Sign this record", signed.DocumentElement.OuterHtml, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Given_someone_who_is_not_the_childs_IRO_When_they_try_to_sign_Then_they_are_refused_and_nothing_changes(string database)
    {
        using var host = new WebHost(database, clock: new FixedClock(UnsignedMaisie.Now));
        var child = await UnsignedMaisie.CreateAsync(host);
        var before = await LatestAsync(host, child);

        // The team manager and the child's social worker read the page (it is about one child they may see) but sign
        // nothing; the administrator sees no child at all, so for them the review does not exist.
        var manager = await Session.SignInAsync(host, "ruth.manager");
        Assert.DoesNotContain("Sign this record", await manager.Client.GetStringAsync(Page(child)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.PostFormAsync("/Accounts/SignOut", Page(child) + "?handler=Sign", [])).StatusCode);
        var social = await Session.SignInAsync(host, "sam.social");
        Assert.DoesNotContain("Sign this record", await social.Client.GetStringAsync(Page(child)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await social.PostFormAsync("/Accounts/SignOut", Page(child) + "?handler=Sign", [])).StatusCode);
        var admin = await Session.SignInAsync(host, "alex.admin");
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostFormAsync("/Accounts/SignOut", Page(child) + "?handler=Sign", [])).StatusCode);

        var after = await LatestAsync(host, child);
        Assert.Equal((before.Latest.Number, before.Yaml), (after.Latest.Number, after.Yaml));
        Assert.Empty(await SignaturesAsync(host, child));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Given_a_case_the_checks_now_find_an_error_in_When_the_IRO_signs_Then_signing_is_refused_with_the_CLIs_message_and_nothing_is_saved(string database)
    {
        using var host = new WebHost(database, clock: new FixedClock(UnsignedMaisie.Now));
        var child = await UnsignedMaisie.CreateAsync(host);
        // A version saved before today's checks: a worry names Maisie's teacher, who is hidden from her parents, so
        // the parents' version would print her name. `lifestory check` stops on it; so must signing.
        var leaking = UnsignedMaisie.Yaml.Replace("    worries:\n      - what: Maisie still wonders why Darren has not written back.",
            "    worries:\n      - what: Maisie still wonders why Darren has not written back, and has told Miss Lewis.", StringComparison.Ordinal);
        Assert.NotEqual(UnsignedMaisie.Yaml, leaking);
        var contents = Samples.Folder("maisie").With(new CaseFile("case.yaml", Encoding.UTF8.GetBytes(leaking)));
        var cli = CaseChecks.Run(contents, DateOnly.FromDateTime(UnsignedMaisie.Now.UtcDateTime)).Findings.Where(f => f.IsError).ToList();
        Assert.NotEmpty(cli);
        await host.WithScopeAsync(async s =>
        {
            var record = await s.GetRequiredService<LifeStoryDb>().Children.SingleAsync(c => c.Id == child);
            return await s.GetRequiredService<RevisionStore>().AddAsync(record, contents, "Maisie", "", "Saved by an earlier LifeStory", CancellationToken.None);
        });
        var before = await LatestAsync(host, child);
        var iris = await Session.SignInAsync(host, "iris.iro");

        var response = await iris.PostFormAsync(Page(child), Page(child) + "?handler=Sign", []);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal("The record cannot be signed until these problems in the case are fixed. Nothing was saved.", page.QuerySelector("#problem")!.TextContent);
        var shown = page.QuerySelectorAll(".findings li").Select(li => li.TextContent).ToList();
        foreach (var error in cli)
            Assert.Contains(shown, li => li.Contains(error.Message, StringComparison.Ordinal) && li.Contains(error.Fix!, StringComparison.Ordinal));
        var after = await LatestAsync(host, child);
        Assert.Equal((before.Latest.Number, before.Yaml), (after.Latest.Number, after.Yaml));
        Assert.Empty(await SignaturesAsync(host, child));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Given_two_meetings_When_each_ones_letter_is_downloaded_Then_each_is_that_meetings_letter(string database)
    {
        using var host = new WebHost(database, clock: new FixedClock(UnsignedMaisie.Now));
        var child = await UnsignedMaisie.CreateAsync(host);
        var iris = await Session.SignInAsync(host, "iris.iro");

        var march = Text(await (await iris.GetAsync($"/Children/{child}/Documents/review-letter/carers/Download/pdf?date=2026-03-17")).Content.ReadAsByteArrayAsync());
        var september = Text(await PdfAsync(iris, child, "carers"));

        Assert.Contains("17 March 2026", march, StringComparison.Ordinal);
        Assert.DoesNotContain("DRAFT", march, StringComparison.Ordinal);
        Assert.Contains("15 September 2026", september, StringComparison.Ordinal);
        Assert.Contains("DRAFT", september, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await iris.GetAsync($"/Children/{child}/Reviews/2026-09-16")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await iris.GetAsync($"/Children/{child}/Reviews/15-09-2026")).StatusCode);
    }
}
