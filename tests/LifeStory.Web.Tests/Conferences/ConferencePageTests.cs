using System.Net;
using System.Text.RegularExpressions;
using LifeStory.Web.Audit;
using LifeStory.Web.Data;
using LifeStory.Web.Tests.Reviews.Recording;
using LifeStory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;

namespace LifeStory.Web.Tests.Conferences;

/// <summary>A conference's page (/Children/{id}/Conferences/{date}): each reader's version, what each leaves out, the chair's signature and corrections.</summary>
public sealed partial class ConferencePageTests
{
    private static readonly string[] Readers = ["child", "carers", "parents", "record"];

    private static string Download(Guid child, string reader, string format) =>
        $"/Children/{child}/Documents/conference-outcome/{reader}/Download/{format}?date={ConferenceCase.Held}";

    private static async Task<string> PdfTextAsync(Session session, Guid child, string reader)
    {
        var response = await session.GetAsync(Download(child, reader, "pdf"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        using var document = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        return string.Join("\n", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Given_an_unsigned_conference_When_its_page_opens_Then_it_links_each_readers_version_and_names_what_the_childs_letter_leaves_out(string database)
    {
        using var host = new WebHost(database, seed: false, clock: new FixedClock(RecordingCase.Now));
        var amira = await RecordingCase.CreateAsync(host, ConferenceCase.Yaml);
        var session = await Session.SignInAsync(host, RecordingCase.Iro);
        var page = FormPage.Parse(await session.Client.GetStringAsync(ConferenceCase.Page(amira.Child)));

        Assert.Equal("Child protection conference of 10 June 2026", page.Document.QuerySelector("h1")!.TextContent);
        Assert.Contains("Not signed yet", page.Document.GetElementById("status")!.TextContent, StringComparison.Ordinal);
        var links = page.Document.QuerySelectorAll("#versions a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(Readers.SelectMany(r => new[] { Download(amira.Child, r, "html"), Download(amira.Child, r, "pdf") }), links);
        Assert.Equal(["The child's letter", "The carers' summary", "The parents' summary", "The full minutes"],
            page.Document.QuerySelectorAll("#versions tbody tr td:first-child").Select(td => td.TextContent));
        Assert.Equal($"Worry: {ConferenceCase.HiddenWorry}", page.Document.GetElementById("left-out-child")!.TextContent.Trim());
        Assert.Equal("Nothing is left out.", page.Document.GetElementById("left-out-record")!.TextContent);
        Assert.NotNull(page.Document.QuerySelector("form button[type=submit]"));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Given_each_readers_version_When_it_is_downloaded_Then_the_childs_letter_leaves_out_the_kept_worry_the_others_show_it_and_every_one_says_DRAFT(string database)
    {
        using var host = new WebHost(database, seed: false, clock: new FixedClock(RecordingCase.Now));
        var amira = await RecordingCase.CreateAsync(host, ConferenceCase.Yaml);
        var session = await Session.SignInAsync(host, RecordingCase.Iro);

        foreach (var reader in Readers)
        {
            var text = await PdfTextAsync(session, amira.Child, reader);
            Assert.Contains("DRAFT", text, StringComparison.Ordinal);
            Assert.Contains("not always food", Squash(text), StringComparison.Ordinal);
            if (reader == "child") Assert.DoesNotContain("forgets to collect", Squash(text), StringComparison.Ordinal);
            else Assert.Contains("forgets to collect", Squash(text), StringComparison.Ordinal);
        }
        var html = await session.Client.GetStringAsync(Download(amira.Child, "parents", "html"));
        Assert.Contains("a summary for parents", html, StringComparison.Ordinal);
        var downloads = await host.WithScopeAsync(s => s.GetRequiredService<LifeStoryDb>().AuditEntries
            .Where(e => e.Action == AuditActions.Download && e.ChildId == amira.Child).Select(e => e.Detail).ToListAsync());
        Assert.Contains("conference-outcome of 2026-06-10 for parents, html", downloads);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Given_an_unsigned_conference_When_its_chair_signs_Then_the_signature_goes_under_that_conference_the_trail_keeps_each_versions_hash_and_a_correction_must_say_what_changed(string database)
    {
        using var host = new WebHost(database, seed: false, clock: new FixedClock(RecordingCase.Now));
        var amira = await RecordingCase.CreateAsync(host, ConferenceCase.Yaml);
        var session = await Session.SignInAsync(host, RecordingCase.Iro);
        var page = ConferenceCase.Page(amira.Child);

        var signed = await session.PostFormAsync(page, page + "?handler=Sign", []);

        Assert.Equal(HttpStatusCode.Redirect, signed.StatusCode);
        Assert.Equal(page, signed.Headers.Location!.OriginalString);
        var expected = ConferenceCase.Yaml.Replace("    review_conference: 2026-09-10\n",
            "    review_conference: 2026-09-10\n    signed:\n      - { by: david, date: 2026-07-20 }\n", StringComparison.Ordinal);
        Assert.Equal(expected, await amira.LatestYamlAsync(host));
        var trail = await host.WithScopeAsync(s => s.GetRequiredService<LifeStoryDb>().AuditEntries
            .Where(e => e.Action == AuditActions.SignReview && e.ChildId == amira.Child).Select(e => e.Detail).ToListAsync());
        Assert.Matches(HashesLine(), Assert.Single(trail));
        Assert.DoesNotContain("DRAFT", await PdfTextAsync(session, amira.Child, "parents"), StringComparison.Ordinal);

        // Read-only now: saving without "Correct this record" is refused, and a correction must say what changed.
        var read = FormPage.Parse(await session.Client.GetStringAsync(page));
        Assert.Contains("This record is signed, so it is read-only here.", read.Document.GetElementById("read-only")!.TextContent, StringComparison.Ordinal);
        Assert.Null(read.Document.GetElementById("sign-heading"));
        var record = ConferenceCase.Record(amira.Child, ConferenceCase.Held);
        var fields = (await FormPage.OpenAsync(session, record)).Fields();
        Assert.Equal(HttpStatusCode.Conflict, (await session.PostFormAsync(record, record, fields)).StatusCode);
        var correct = record + "&correct=true";
        fields = (await FormPage.OpenAsync(session, correct)).Fields();
        fields["Form.NextReview"] = "2026-09-09";
        var unsaid = await session.PostFormAsync(correct, correct, fields);
        Assert.Contains("Say what changed in this correction", await unsaid.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        fields["Changed"] = "The review conference moved to Wednesday 9 September.";
        Assert.Equal(HttpStatusCode.Redirect, (await session.PostFormAsync(correct, correct, fields)).StatusCode);
        var corrected = await amira.LatestYamlAsync(host);
        Assert.Contains("    review_conference: 2026-09-09\n    signed:\n      - by: david\n        date: 2026-07-20\n      - by: david\n        date: 2026-07-20\n        changed: The review conference moved to Wednesday 9 September.\n", corrected, StringComparison.Ordinal);
        Assert.Contains("The review conference moved to Wednesday 9 September.", (await session.Client.GetStringAsync(page)), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Given_a_social_worker_When_they_open_a_conference_and_try_to_sign_it_Then_they_read_it_and_are_refused(string database)
    {
        using var host = new WebHost(database, seed: false, clock: new FixedClock(RecordingCase.Now));
        var amira = await RecordingCase.CreateAsync(host, ConferenceCase.Yaml);
        var session = await Session.SignInAsync(host, RecordingCase.SocialWorker);
        var page = ConferenceCase.Page(amira.Child);

        var html = await session.Client.GetStringAsync(page);
        Assert.DoesNotContain("Sign this record", html, StringComparison.Ordinal);
        // The page offers her no form, so the token comes from the recording page she may read.
        Assert.Equal(HttpStatusCode.Forbidden, (await session.PostFormAsync(ConferenceCase.Record(amira.Child, ConferenceCase.Held), page + "?handler=Sign", [])).StatusCode);
        Assert.Equal(ConferenceCase.Yaml, await amira.LatestYamlAsync(host));
        Assert.Equal(HttpStatusCode.NotFound, (await session.GetAsync(ConferenceCase.Page(amira.Child, "2026-06-11"))).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Given_a_child_with_a_conference_When_her_record_opens_Then_it_lists_the_conference_and_offers_the_IRO_a_new_one(string database)
    {
        using var host = new WebHost(database, seed: false, clock: new FixedClock(RecordingCase.Now));
        var amira = await RecordingCase.CreateAsync(host, ConferenceCase.Yaml);
        var iro = FormPage.Parse(await (await Session.SignInAsync(host, RecordingCase.Iro)).Client.GetStringAsync($"/Children/{amira.Child}"));
        var worker = FormPage.Parse(await (await Session.SignInAsync(host, RecordingCase.SocialWorker)).Client.GetStringAsync($"/Children/{amira.Child}"));

        Assert.Equal(ConferenceCase.Page(amira.Child), iro.Document.QuerySelector("#conferences a")!.GetAttribute("href"));
        Assert.Contains("not signed yet", iro.Document.GetElementById("conferences")!.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/Children/{amira.Child}/Conferences/Record", iro.Document.GetElementById("new-conference")!.GetAttribute("action"));
        Assert.NotNull(worker.Document.GetElementById("conferences"));
        Assert.Null(worker.Document.GetElementById("new-conference"));
    }

    /// <summary>PDF text breaks lines anywhere: words joined by single spaces compare whatever the line breaks.</summary>
    private static string Squash(string text) => Spaces().Replace(text, " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex("^conference 2026-06-10, revision 2; PDF SHA-256: child [0-9a-f]{64}, carers [0-9a-f]{64}, parents [0-9a-f]{64}, record [0-9a-f]{64}$")]
    private static partial Regex HashesLine();
}
