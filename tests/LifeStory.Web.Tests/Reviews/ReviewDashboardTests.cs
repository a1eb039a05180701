using System.Net;
using System.Text;
using AngleSharp.Html.Parser;
using LifeStory.Web.Audit;
using LifeStory.Web.Data;
using LifeStory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LifeStory.Web.Tests.Reviews;

/// <summary>The IRO's dashboard and calendar on a fixed Wednesday 3 March 2027 (see <see cref="ReviewCaseload"/>).</summary>
public sealed class ReviewDashboardTests
{
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Given_an_IROs_allocated_children_When_the_dashboard_opens_Then_it_counts_and_lists_their_reviews_and_letters_only(string database)
    {
        using var host = new WebHost(database, seed: false, clock: new FixedClock(ReviewCaseload.Now));
        var children = await ReviewCaseload.CreateAsync(host);
        var session = await Session.SignInAsync(host, ReviewCaseload.Iro);

        var page = new HtmlParser().ParseDocument(await session.Client.GetStringAsync("/Reviews"));

        Assert.Contains("Today is Wednesday 3 March 2027.", page.QuerySelector("main p")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(("1", "1", "1"), (Count(page, "overdue"), Count(page, "due"), Count(page, "not-written")));
        var due = Rows(page, "due");
        Assert.Equal(2, due.Count);
        // Most overdue first: Ada, 8 working days past Saturday 20 February; then Ben's first review, due Friday.
        Assert.Equal(["Ada", "Next review Record this review", "Thursday 18 February 2027", "8 working days overdue"], Cells(due[0]).Where((_, i) => i != 3));
        Assert.StartsWith("Saturday 20 February 2027 Rule: each later review within 6 months of the review before it", Cells(due[0])[3], StringComparison.Ordinal);
        Assert.Equal(["Ben", "Review 1 Record this review", "Not planned yet", "2 working days left"], Cells(due[1]).Where((_, i) => i != 3));
        Assert.StartsWith("Friday 5 March 2027 Rule: the first review within 20 working days", Cells(due[1])[3], StringComparison.Ordinal);
        var letters = Rows(page, "letters");
        Assert.Equal(2, letters.Count);
        Assert.Equal(["Ada", "Thursday 18 February 2027", "Not yet Record this review", "Thursday 25 February 2027 4 working days overdue"], Cells(letters[0])[..4]);
        Assert.Equal(["Cara", "Wednesday 24 February 2027", "Yes", "Wednesday 3 March 2027 today", "Wednesday 24 March 2027 15 working days left"], Cells(letters[1])[..5]);
        // Ada's review is not recorded; Cara's is recorded but not signed, and nobody is on its letter's list yet.
        Assert.Equal(["Not recorded yet", "Not written yet"], Cells(letters[0])[5..]);
        Assert.Equal(["Not signed yet", "Nobody on the list yet"], Cells(letters[1])[5..]);
        // Cara's next review, planned for Friday 20 August, is coming up later: due by 24 August (6 months after 24
        // February), 124 weekdays after today less Good Friday, Easter Monday and the two May bank holidays.
        Assert.Equal([["Cara", "Friday 20 August 2027", "Tuesday 24 August 2027", "120 working days left"]], Rows(page, "later").Select(Cells));
        // Each due review and each letter not written leads to the page that records it, on the day expected.
        Assert.Equal($"/Children/{children.Ada}/Reviews/Record?date=2027-02-18", due[0].QuerySelector("td:nth-child(2) a")!.GetAttribute("href"));
        Assert.Equal($"/Children/{children.Ben}/Reviews/Record?date=2027-03-05", due[1].QuerySelector("td:nth-child(2) a")!.GetAttribute("href"));
        Assert.Equal($"/Children/{children.Ada}/Reviews/Record?date=2027-02-18", letters[0].QuerySelector("td:nth-child(3) a")!.GetAttribute("href"));
        var html = page.DocumentElement.OuterHtml;
        Assert.DoesNotContain(">Dev<", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"/Children/{children.Dev}", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">Eve<", html, StringComparison.Ordinal);
        Assert.Contains($"/Children/{children.Ada}", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Given_a_team_manager_When_the_dashboard_opens_Then_it_counts_the_whole_teams_reviews_and_no_other_teams(string database)
    {
        using var host = new WebHost(database, seed: false, clock: new FixedClock(ReviewCaseload.Now));
        var children = await ReviewCaseload.CreateAsync(host);
        var session = await Session.SignInAsync(host, ReviewCaseload.Manager);

        var page = new HtmlParser().ParseDocument(await session.Client.GetStringAsync("/Reviews"));

        // Ada and Dev overdue, Ben due, Ada's and Dev's letters not written; Eve is in the south team.
        Assert.Equal(("2", "1", "2"), (Count(page, "overdue"), Count(page, "due"), Count(page, "not-written")));
        Assert.Contains($"/Children/{children.Dev}", page.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.DoesNotContain(">Eve<", page.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.DoesNotContain($"/Children/{children.Eve}", page.DocumentElement.OuterHtml, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Given_an_IRO_When_the_calendar_is_downloaded_Then_it_is_valid_iCalendar_with_each_upcoming_review_by_initials_and_reference_and_is_audited(string database)
    {
        using var host = new WebHost(database, seed: false, clock: new FixedClock(ReviewCaseload.Now));
        var children = await ReviewCaseload.CreateAsync(host);
        var session = await Session.SignInAsync(host, ReviewCaseload.Iro);

        var response = await session.GetAsync("/Reviews/calendar.ics");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var text = Encoding.UTF8.GetString(bytes);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        // RFC 5545: every line ends CRLF, none longer than 75 octets; a continuation line starts with a space.
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        Assert.DoesNotMatch("[^\r]\n", text);
        var physical = text[..^2].Split("\r\n");
        Assert.All(physical, line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, $"{Encoding.UTF8.GetByteCount(line)} octets: {line}"));
        Assert.Contains(physical, line => line.StartsWith(' '));
        var calendar = Ics.Parse(text);
        Assert.Equal(("VCALENDAR", "2.0"), (calendar.Name, calendar.Value("VERSION")));
        Assert.NotNull(calendar.Value("PRODID"));
        // Upcoming only: Ben's first review (Friday 5 March) and Cara's next (planned 20 August); Ada's is overdue.
        var events = calendar.Children.Where(c => c.Name == "VEVENT").ToList();
        Assert.Equal(2, events.Count);
        var ben = events[0];
        Assert.Equal("20270305", ben.Value("DTSTART;VALUE=DATE"));
        Assert.Equal("20270306", ben.Value("DTEND;VALUE=DATE"));
        Assert.Equal("20270303T100000Z", ben.Value("DTSTAMP"));
        Assert.Equal($"review-{children.Ben:N}-20270305@lifestory", ben.Value("UID"));
        var reference = "C-" + children.Ben.ToString("N")[..8].ToUpperInvariant();
        Assert.Equal($"Review: BCD ({reference})", ben.Value("SUMMARY"));
        Assert.Contains("regulation 33(1)", ben.Value("DESCRIPTION"), StringComparison.Ordinal);
        Assert.Equal("20270820", events[1].Value("DTSTART;VALUE=DATE"));
        // Calendars sync to phones: no child's name, only initials and references.
        foreach (var name in new[] { "Ben", "Cara", "Ada", "Due", "Letter" })
            Assert.DoesNotContain(name, text, StringComparison.Ordinal);

        var audited = await host.WithScopeAsync(s => s.GetRequiredService<LifeStoryDb>().AuditEntries
            .Where(e => e.Action == AuditActions.Download && e.Actor == ReviewCaseload.Iro).Select(e => e.Detail).ToListAsync());
        Assert.Equal(["review calendar, 2 reviews"], audited);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Given_a_social_worker_or_another_IRO_When_they_ask_for_the_dashboard_Then_the_worker_is_refused_and_the_IRO_sees_only_their_own(string database)
    {
        using var host = new WebHost(database, seed: false, clock: new FixedClock(ReviewCaseload.Now));
        var children = await ReviewCaseload.CreateAsync(host);

        var worker = await Session.SignInAsync(host, ReviewCaseload.SocialWorker);
        Assert.Equal(HttpStatusCode.Forbidden, (await worker.GetAsync("/Reviews")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await worker.GetAsync("/Reviews/calendar.ics")).StatusCode);

        var other = await Session.SignInAsync(host, ReviewCaseload.OtherIro);
        var html = await other.Client.GetStringAsync("/Reviews");
        Assert.Contains($"/Children/{children.Dev}", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"/Children/{children.Ada}", html, StringComparison.Ordinal);
        var ics = await other.Client.GetStringAsync("/Reviews/calendar.ics");
        Assert.DoesNotContain(children.Ben.ToString("N"), ics, StringComparison.Ordinal);
    }

    private static string Count(AngleSharp.Dom.IDocument page, string which) => page.QuerySelector($"#count-{which} strong")!.TextContent;

    private static List<AngleSharp.Dom.IElement> Rows(AngleSharp.Dom.IDocument page, string table) => page.QuerySelectorAll($"#{table} tbody tr").ToList();

    private static string[] Cells(AngleSharp.Dom.IElement row) =>
        row.QuerySelectorAll("td").Select(td => string.Join(' ', td.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))).ToArray();
}
