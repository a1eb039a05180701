using System.Net;
using LifeStory.Web.Audit;
using LifeStory.Web.Data;
using LifeStory.Web.Tests.Reviews.Recording;
using LifeStory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LifeStory.Web.Tests.Conferences;

/// <summary>The chair records Amira's review conference of 15 July 2026 on the review's own page, at /Conferences/Record.</summary>
public sealed class RecordConferenceTests
{
    private const string NewConference = "2026-07-15";

    private const string NewConferenceYaml = """
          - date: 2026-07-15
            kind: review
            category: neglect
            chair: david
            people:
              - { person: jo, how: came }
              - { person: nan, how: came }
            child_came: true
            child_said: I like my school and my teacher.
            worries:
              - what: There is not always food at Nan's house.
                who_is_worried: [jo]
                what_could_happen: You could go to bed hungry.
                safety_goal: You have three meals every day.
            plan:
              - what: Nan will go to the food bank with Jo every week.
                who: nan
                by: 2026-08
            core_groups:
              - 2026-08-05
              - 2026-09-02
            minutes: The conference agreed that the plan should go on.
            review_conference: 2026-10-15

        """;

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Given_a_new_conference_When_its_chair_records_it_Then_case_yaml_gains_exactly_that_conference_after_the_others_and_the_trail_says_so(string database)
    {
        using var host = new WebHost(database, seed: false, clock: new FixedClock(RecordingCase.Now));
        var amira = await RecordingCase.CreateAsync(host, ConferenceCase.Yaml);
        var session = await Session.SignInAsync(host, RecordingCase.Iro);
        var page = ConferenceCase.Record(amira.Child, NewConference);
        var form = await FormPage.OpenAsync(session, page);
        var fields = form.Fields();

        // The chair defaults to the case's IRO, and the review conference to 3 months on, the most Working Together allows after the first.
        Assert.Equal("david", fields["Form.Iro"]);
        Assert.Equal("2026-10-15", fields["Form.NextReview"]);
        Assert.Equal("initial", fields["Own.Kind"]);
        Assert.Contains("The plan to keep the child safe", form.Document.Body!.TextContent, StringComparison.Ordinal);
        fields["Own.Kind"] = "review";
        fields["Own.Category"] = "neglect";
        fields["Own.CoreGroups"] = "2026-08-05\r\n2026-09-02";
        fields["Own.Minutes"] = "The conference agreed that the plan should go on.";
        fields["Form.People[0].How"] = "came";
        fields["Form.People[1].How"] = "came";
        fields["Form.ChildCame"] = "true";
        fields["Form.ChildSaid"] = "I like my school and my teacher.";
        fields["Form.Worries[0].Who"] = "jo";
        fields["Form.Worries[0].What"] = "There is not always food at Nan's house.";
        fields["Form.Worries[0].CouldHappen"] = "You could go to bed hungry.";
        fields["Form.Worries[0].Goal"] = "You have three meals every day.";
        fields["Form.Decisions[0].What"] = "Nan will go to the food bank with Jo every week.";
        fields["Form.Decisions[0].Who"] = "nan";
        fields["Form.Decisions[0].By"] = "2026-08";
        var response = await session.PostFormAsync(page, page, fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(page + "&saved=2", response.Headers.Location!.OriginalString);
        Assert.Equal(ConferenceCase.Yaml + NewConferenceYaml.ReplaceLineEndings("\n"), await amira.LatestYamlAsync(host));
        var edits = await host.WithScopeAsync(s => s.GetRequiredService<LifeStoryDb>().AuditEntries
            .Where(e => e.Action == AuditActions.Edit && e.ChildId == amira.Child).Select(e => new { e.Actor, e.Detail }).ToListAsync());
        Assert.Equal([new { Actor = RecordingCase.Iro, Detail = "revision 2: conference 2026-07-15 recorded" }], edits);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Given_a_held_conference_When_its_page_opens_Then_the_form_holds_its_answers_and_the_child_letter_beside_it_leaves_out_what_is_kept_from_her(string database)
    {
        using var host = new WebHost(database, seed: false, clock: new FixedClock(RecordingCase.Now));
        var amira = await RecordingCase.CreateAsync(host, ConferenceCase.Yaml);
        var session = await Session.SignInAsync(host, RecordingCase.Iro);
        var form = await FormPage.OpenAsync(session, ConferenceCase.Record(amira.Child, ConferenceCase.Held));
        var fields = form.Fields();

        Assert.Equal(("initial", "neglect", "2026-07-01", "2026-09-10"), (fields["Own.Kind"], fields["Own.Category"], fields["Own.CoreGroups"], fields["Form.NextReview"]));
        Assert.Equal("Jo will collect you from school on Fridays.", fields["Form.Decisions[0].What"]);
        Assert.Equal("child", fields["Form.Worries[0].HiddenFrom"]);
        var letter = form.Document.GetElementById("letter-preview")!.TextContent;
        Assert.Contains("There is not always food at Nan's house", letter, StringComparison.Ordinal);
        Assert.DoesNotContain(ConferenceCase.HiddenWorry.TrimEnd('.'), letter, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Given_a_social_worker_When_they_open_and_then_post_a_conference_Then_they_read_it_but_nothing_is_saved(string database)
    {
        using var host = new WebHost(database, seed: false, clock: new FixedClock(RecordingCase.Now));
        var amira = await RecordingCase.CreateAsync(host, ConferenceCase.Yaml);
        var session = await Session.SignInAsync(host, RecordingCase.SocialWorker);
        var page = ConferenceCase.Record(amira.Child, ConferenceCase.Held);
        var form = await FormPage.OpenAsync(session, page);

        Assert.Contains("You can read this conference. Only the child's IRO or a team manager can record it.", form.Document.Body!.TextContent, StringComparison.Ordinal);
        var fields = form.Fields();
        fields["Own.Category"] = "emotional_abuse";
        Assert.Equal(HttpStatusCode.Forbidden, (await session.PostFormAsync(page, page, fields)).StatusCode);
        Assert.Equal(ConferenceCase.Yaml, await amira.LatestYamlAsync(host));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Given_a_core_group_day_that_is_not_a_date_When_the_conference_is_saved_Then_the_page_says_so_and_nothing_is_saved(string database)
    {
        using var host = new WebHost(database, seed: false, clock: new FixedClock(RecordingCase.Now));
        var amira = await RecordingCase.CreateAsync(host, ConferenceCase.Yaml);
        var session = await Session.SignInAsync(host, RecordingCase.Iro);
        var page = ConferenceCase.Record(amira.Child, ConferenceCase.Held);
        var fields = (await FormPage.OpenAsync(session, page)).Fields();
        fields["Own.CoreGroups"] = "next Tuesday";
        var response = await session.PostFormAsync(page, page, fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Nothing was saved", html, StringComparison.Ordinal);
        Assert.Contains("core_groups", html, StringComparison.Ordinal);
        Assert.Equal(ConferenceCase.Yaml, await amira.LatestYamlAsync(host));
    }
}
