using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using LifeStory.Web.Children;
using LifeStory.Web.Data;
using LifeStory.Web.Storage;
using LifeStory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LifeStory.Web.Tests.Reviews.SignOff;

/// <summary>A recorded review's page: its status, each reader's version and what each version leaves out, named for the IRO.</summary>
public sealed class ReviewPageTests
{
    private static async Task<Guid> DemoChildAsync(WebHost host, string name) => await host.WithScopeAsync(async s =>
    {
        var revisions = s.GetRequiredService<RevisionStore>();
        var children = await s.GetRequiredService<LifeStoryDb>().Children.ToListAsync();
        return children.Single(c => revisions.NameOf(c) == name).Id;
    });

    private static List<string> Items(IDocument page, string reader) =>
        page.QuerySelectorAll($"#left-out-{reader} li").Select(li => li.TextContent.Trim()).ToList();

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Given_Maisies_September_review_When_the_IRO_opens_it_Then_each_reader_has_exactly_the_items_their_version_leaves_out(string database)
    {
        using var host = new WebHost(database, clock: new FixedClock(UnsignedMaisie.Now));
        var child = await DemoChildAsync(host, "Maisie");
        var iris = await Session.SignInAsync(host, "iris.iro");

        var page = new HtmlParser().ParseDocument(await iris.Client.GetStringAsync($"/Children/{child}/Reviews/2026-09-15"));

        Assert.Equal("Review of 15 September 2026", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("Nothing is left out.", page.QuerySelector("#left-out-child")!.TextContent);
        Assert.Equal("Nothing is left out.", page.QuerySelector("#left-out-carers")!.TextContent);
        Assert.Equal("Nothing is left out.", page.QuerySelector("#left-out-record")!.TextContent);
        Assert.Equal([
            "Named another way: Jo Patel, shown as \"Jo\"",
            "Named another way: Sam Patel, shown as \"Sam\"",
            "Named another way: Hannah Lewis, shown as \"a teacher\"",
        ], Items(page, "parents"));
        Assert.Equal("Signed by Mark Bennett on 18 September 2026.", page.QuerySelector("#status p")!.TextContent.Trim());
        Assert.Equal(
            Enumerable.Range(0, 4).SelectMany(i => new[] { "html", "pdf" }.Select(f =>
                $"/Children/{child}/Documents/review-letter/{new[] { "child", "carers", "parents", "record" }[i]}/Download/{f}?date=2026-09-15")),
            page.QuerySelectorAll("#versions a").Select(a => a.GetAttribute("href")));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Given_Yusufs_corrected_August_review_When_the_IRO_opens_it_Then_it_shows_the_correction_the_items_left_out_and_that_it_is_read_only(string database)
    {
        using var host = new WebHost(database, clock: new FixedClock(UnsignedMaisie.Now));
        var child = await DemoChildAsync(host, "Yusuf");
        var iris = await Session.SignInAsync(host, "iris.iro");

        var page = new HtmlParser().ParseDocument(await iris.Client.GetStringAsync($"/Children/{child}/Reviews/2026-08-12"));

        Assert.Equal("Signed by Aisha Rahman on 19 August 2026.", page.QuerySelector("#status p")!.TextContent.Trim());
        Assert.Equal(["26 August 2026, signed by Aisha Rahman: Mum's score was added, as she sent it after the meeting"],
            page.QuerySelectorAll("#corrections li").Select(li => li.TextContent));
        Assert.Equal(["Named another way: Margaret Evans, shown as \"Margaret\""], Items(page, "parents"));
        Assert.Empty(Items(page, "child"));
        Assert.Empty(Items(page, "carers"));
        Assert.Equal("/Children/" + child + "/Reviews/Record?date=2026-08-12", page.QuerySelector("#read-only a")!.GetAttribute("href"));
        Assert.DoesNotContain("Sign this record", page.DocumentElement.OuterHtml, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Given_a_review_whose_record_is_signed_When_the_IRO_opens_the_dashboard_Then_the_signed_column_says_who_and_when(string database)
    {
        using var host = new WebHost(database, seed: false, clock: new FixedClock(ReviewCaseload.Now));
        var children = await ReviewCaseload.CreateAsync(host);
        // Cara's February review, signed by her IRO two days after the meeting.
        var signed = ReviewCaseload.CaraCase
            .Replace("reviews:", "people:\n  - { id: aisha, name: Aisha Rahman, relationship: the person who chairs my reviews, group: iro }\nreviews:", StringComparison.Ordinal)
            .Replace("    next_review: 2027-08-20", "    next_review: 2027-08-20\n    iro: aisha\n    signed:\n      - { by: aisha, date: 2027-02-26 }", StringComparison.Ordinal);
        await host.WithScopeAsync(async s =>
        {
            var imports = s.GetRequiredService<ChildImports>();
            var outcome = CaseChecks.Run(new CaseFolderContents([new CaseFile("case.yaml", Encoding.UTF8.GetBytes(signed))]), imports.Today);
            Assert.True(outcome.Succeeded, string.Join('\n', outcome.Findings));
            var record = await s.GetRequiredService<LifeStoryDb>().Children.SingleAsync(c => c.Id == children.Cara);
            return await s.GetRequiredService<RevisionStore>().AddAsync(record, outcome.Ready!, outcome.PreferredName, "", "Signed", CancellationToken.None);
        });
        var iris = await Session.SignInAsync(host, ReviewCaseload.Iro);

        var page = new HtmlParser().ParseDocument(await iris.Client.GetStringAsync("/Reviews"));

        var rows = page.QuerySelectorAll("#letters tbody tr").Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList()).ToList();
        Assert.Equal(["Aisha Rahman, 26 February 2027", "Nobody on the list yet"], rows.Single(r => r[0] == "Cara")[5..]);
        Assert.Equal(["Not recorded yet", "Not written yet"], rows.Single(r => r[0] == "Ada")[5..]);
        // Cara's written review's day leads to its page; Ada's, not written yet, leads to recording it.
        Assert.Equal("Wednesday 24 February 2027", page.QuerySelector($"#letters a[href='/Children/{children.Cara}/Reviews/2027-02-24']")!.TextContent.Trim());
        Assert.Equal("Record this review", page.QuerySelector($"#letters a[href^='/Children/{children.Ada}/Reviews/Record?date=']")!.TextContent.Trim());
    }
}
