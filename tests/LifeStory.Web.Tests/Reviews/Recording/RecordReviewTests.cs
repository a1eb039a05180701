using System.Net;
using System.Text;
using AngleSharp.Html.Parser;
using LifeStory.Web.Audit;
using LifeStory.Web.Children;
using LifeStory.Web.Data;
using LifeStory.Web.Storage;
using LifeStory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LifeStory.Web.Tests.Reviews.Recording;

/// <summary>The IRO records Amira's review of Wednesday 15 July 2026 on Monday 20 July (see <see cref="RecordingCase"/>).</summary>
public sealed class RecordReviewTests
{
    private const string NewReview = "2026-07-15";
    private const string SignedReview = "2026-03-02";

    /// <summary>What the IRO types for the meeting of 15 July, field by field as the browser sends it.</summary>
    private static void Type(Dictionary<string, string> fields)
    {
        fields["Form.People[0].How"] = "came";
        fields["Form.People[1].How"] = "by_phone";
        fields["Form.ViewsGathered"] = "I visited you at school before the meeting.";
        fields["Form.ChildSaid"] = "I like living with Jo. Can I have a puppy?";
        fields["Form.GoingWell"] = "You are reading every night.\r\nYou made a new friend called Lily.";
        fields["Form.Worries[0].Who"] = "jo";
        fields["Form.Worries[0].What"] = "Sometimes you find it hard to sleep.";
        fields["Form.Worries[0].CouldHappen"] = "You could feel tired at school.";
        fields["Form.Worries[0].Goal"] = "You sleep well and feel safe at night.";
        fields["Form.ScaleQuestion"] = "How happy are you at Jo's?";
        fields["Form.ScaleZero"] = "Not happy at all";
        fields["Form.ScaleTen"] = "Really happy";
        fields["Form.Scores[0].Score"] = "9";
        fields["Form.Scores[1].Score"] = "8";
        fields["Form.Decisions[0].What"] = "Jo will ask the doctor about bedtime worries.";
        fields["Form.Decisions[0].Who"] = "jo";
        fields["Form.Decisions[0].By"] = "2026-09";
    }

    private const string NewReviewYaml = """
          - date: 2026-07-15
            iro: david
            people:
              - { person: jo, how: came }
              - { person: nan, how: by_phone }
            child_came: false
            child_said: "I like living with Jo. Can I have a puppy?"
            views_gathered: I visited you at school before the meeting.
            going_well:
              - You are reading every night.
              - You made a new friend called Lily.
            worries:
              - what: Sometimes you find it hard to sleep.
                who_is_worried: [jo]
                what_could_happen: You could feel tired at school.
                safety_goal: You sleep well and feel safe at night.
            scale_question: "How happy are you at Jo's?"
            scale_zero: Not happy at all
            scale_ten: Really happy
            scale:
              - { person: child, score: 9 }
              - { person: jo, score: 8 }
            decisions:
              - what: Jo will ask the doctor about bedtime worries.
                who: jo
                by: 2026-09
            next_review: 2027-01-15

        """;

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Given_a_new_review_When_the_IRO_records_it_Then_case_yaml_gains_exactly_that_review_after_the_others_and_nothing_else_changes(string database)
    {
        using var host = new WebHost(database, seed: false, clock: new FixedClock(RecordingCase.Now));
        var amira = await RecordingCase.CreateAsync(host);
        var session = await Session.SignInAsync(host, RecordingCase.Iro);
        var form = await FormPage.OpenAsync(session, amira.Page(NewReview));
        var fields = form.Fields();

        // The chair defaults to the case's IRO and the next review to the last day the rules allow: 6 months after.
        Assert.Equal("david", fields["Form.Iro"]);
        Assert.Equal("2027-01-15", fields["Form.NextReview"]);
        Type(fields);
        var response = await session.PostFormAsync(amira.Page(NewReview), amira.Page(NewReview), fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(amira.Page(NewReview) + "&saved=2", response.Headers.Location!.OriginalString);
        Assert.Equal(RecordingCase.Yaml + "\n" + NewReviewYaml.ReplaceLineEndings("\n"), await amira.LatestYamlAsync(host));
        var edits = await host.WithScopeAsync(s => s.GetRequiredService<LifeStoryDb>().AuditEntries
            .Where(e => e.Action == AuditActions.Edit && e.ChildId == amira.Child).Select(e => new { e.Actor, e.Detail }).ToListAsync());
        Assert.Equal([new { Actor = RecordingCase.Iro, Detail = "revision 2: review 2026-07-15 recorded" }], edits);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Given_a_review_between_two_others_When_it_is_recorded_Then_it_goes_in_date_order_and_saving_it_again_replaces_it(string database)
    {
        using var host = new WebHost(database, seed: false, clock: new FixedClock(RecordingCase.Now));
        var amira = await RecordingCase.CreateAsync(host);
        var session = await Session.SignInAsync(host, RecordingCase.Iro);
        var page = amira.Page("2026-02-20");
        var fields = (await FormPage.OpenAsync(session, page)).Fields();
        fields["Form.ChildCame"] = "true";
        fields["Form.NextReview"] = "2026-03-02";
        Assert.Equal(HttpStatusCode.Redirect, (await session.PostFormAsync(page, page, fields)).StatusCode);
        fields = (await FormPage.OpenAsync(session, page)).Fields();
        fields["Form.GoingWell"] = "You started swimming.";
        Assert.Equal(HttpStatusCode.Redirect, (await session.PostFormAsync(page, page, fields)).StatusCode);

        var expected = RecordingCase.Yaml.Replace("""
              - date: 2026-03-02
                iro: david
                child_came: true
                going_well:
            """, """
              - date: 2026-02-20
                iro: david
                child_came: true
                going_well:
                  - You started swimming.
                next_review: 2026-03-02
              - date: 2026-03-02
                iro: david
                child_came: true
                going_well:
            """, StringComparison.Ordinal);
        Assert.Equal(expected, await amira.LatestYamlAsync(host));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Given_a_score_and_a_date_the_case_cannot_hold_When_saved_Then_each_box_shows_the_message_lifestory_check_prints_for_the_same_yaml_and_nothing_is_saved(string database)
    {
        using var host = new WebHost(database, seed: false, clock: new FixedClock(RecordingCase.Now));
        var amira = await RecordingCase.CreateAsync(host);
        var session = await Session.SignInAsync(host, RecordingCase.Iro);
        var fields = (await FormPage.OpenAsync(session, amira.Page(NewReview))).Fields();
        Type(fields);
        fields["Form.Scores[1].Score"] = "eleven";
        fields["Form.Decisions[0].By"] = "next March";

        var response = await session.PostFormAsync(amira.Page(NewReview), amira.Page(NewReview), fields);
        var page = FormPage.Parse(await response.Content.ReadAsStringAsync());

        // The CLI's own check on the same review written by hand: its messages are the page's, box by box.
        var typed = NewReviewYaml.Replace("score: 8", "score: eleven", StringComparison.Ordinal)
            .Replace("by: 2026-09", "by: next March", StringComparison.Ordinal);
        var cli = CaseChecks.Run(new CaseFolderContents([new CaseFile("case.yaml", Encoding.UTF8.GetBytes(RecordingCase.Yaml + "\n" + typed))]), new DateOnly(2026, 7, 20));
        var errors = cli.Findings.Where(f => f.IsError).ToList();
        Assert.NotEmpty(errors);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        foreach (var (box, field) in new[] { ("review-scores-1", "reviews[2].scale[1].score"), ("review-decisions-0-by", "reviews[2].decisions[0].by") })
        {
            var finding = Assert.Single(errors, f => f.Field == field);
            Assert.Contains(finding.Message, page.Document.GetElementById($"findings-{box}")!.TextContent, StringComparison.Ordinal);
        }
        Assert.Contains("Nothing was saved.", page.Document.QuerySelector(".problem")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(RecordingCase.Yaml, await amira.LatestYamlAsync(host));
        // What was typed is still in the boxes.
        Assert.Equal("eleven", page.Fields()["Form.Scores[1].Score"]);

        // Once the case reads, the checks run: a decision nobody will do gets the check's own message at "Who will do it".
        fields = page.Fields();
        fields["Form.Scores[1].Score"] = "8";
        fields["Form.Decisions[0].By"] = "2026-09";
        fields["Form.Decisions[0].Who"] = "";
        var second = FormPage.Parse(await (await session.PostFormAsync(amira.Page(NewReview), amira.Page(NewReview), fields)).Content.ReadAsStringAsync());
        var nobody = CaseChecks.Run(new CaseFolderContents([new CaseFile("case.yaml", Encoding.UTF8.GetBytes(
            RecordingCase.Yaml + "\n" + NewReviewYaml.Replace("who: jo", "who: \"\"", StringComparison.Ordinal)))]), new DateOnly(2026, 7, 20));
        var empty = Assert.Single(nobody.Findings, f => f.IsError);
        Assert.Equal("reviews[2].decisions[0].who", empty.Field);
        Assert.Contains(empty.Message, second.Document.GetElementById("findings-review-decisions-0-who")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(RecordingCase.Yaml, await amira.LatestYamlAsync(host));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Given_the_IRO_types_When_the_letter_preview_is_asked_for_Then_it_is_the_childs_letter_with_her_words_and_who_told_us_by_phone(string database)
    {
        using var host = new WebHost(database, seed: false, clock: new FixedClock(RecordingCase.Now));
        var amira = await RecordingCase.CreateAsync(host);
        var session = await Session.SignInAsync(host, RecordingCase.Iro);
        var fields = (await FormPage.OpenAsync(session, amira.Page(NewReview))).Fields();
        Type(fields);

        var response = await session.PostFormAsync(amira.Page(NewReview), amira.Page(NewReview) + "&handler=Preview", fields);
        var html = await response.Content.ReadAsStringAsync();
        var preview = new HtmlParser().ParseDocument(html);
        var letter = preview.QuerySelector(".letter-preview")!.TextContent;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Dear Amira,", letter, StringComparison.Ordinal);
        Assert.Contains("I like living with Jo. Can I have a puppy?", letter, StringComparison.Ordinal);
        Assert.Contains("Nan told us their views by phone.", letter, StringComparison.Ordinal);
        Assert.Contains("You sleep well and feel safe at night.", letter, StringComparison.Ordinal);
        Assert.Contains("Jo will ask the doctor about bedtime worries.", letter, StringComparison.Ordinal);
        Assert.Contains("Your next meeting is on", letter, StringComparison.Ordinal);
        // Nothing is saved by a preview.
        Assert.Equal(RecordingCase.Yaml, await amira.LatestYamlAsync(host));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Given_jargon_typed_in_a_box_When_the_preview_redraws_Then_the_CLIs_advice_and_a_one_click_plainer_word_appear_beside_that_box(string database)
    {
        using var host = new WebHost(database, seed: false, clock: new FixedClock(RecordingCase.Now));
        var amira = await RecordingCase.CreateAsync(host);
        var session = await Session.SignInAsync(host, RecordingCase.Iro);
        var fields = (await FormPage.OpenAsync(session, amira.Page(NewReview))).Fields();
        Type(fields);
        fields["Form.GoingWell"] = "Your contact with Nan is going well.";

        var request = new HttpRequestMessage(HttpMethod.Post, amira.Page(NewReview) + "&handler=Preview");
        fields["__RequestVerificationToken"] = await session.TokenFromAsync(amira.Page(NewReview));
        request.Content = new FormUrlEncodedContent(fields);
        request.Headers.Add("HX-Request", "true");
        var html = await (await session.Client.SendAsync(request)).Content.ReadAsStringAsync();
        var preview = new HtmlParser().ParseDocument(html);

        var beside = preview.GetElementById("findings-review-going-well")!;
        Assert.Equal("true", beside.GetAttribute("hx-swap-oob"));
        Assert.Contains("\"contact\" is social-work jargon.", beside.TextContent, StringComparison.Ordinal);
        var swap = beside.QuerySelector("button[data-replace-in]")!;
        Assert.Equal(("review-going-well", "contact", "family time"),
            (swap.GetAttribute("data-replace-in"), swap.GetAttribute("data-replace-word"), swap.GetAttribute("data-replace-with")));
        // Every other box is sent too, empty, so advice that no longer applies is cleared.
        Assert.Equal("", preview.GetElementById("findings-review-child-said")!.TextContent.Trim());
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Given_a_signed_review_When_opened_Then_it_is_read_only_shows_who_signed_and_a_save_without_a_correction_is_refused(string database)
    {
        using var host = new WebHost(database, seed: false, clock: new FixedClock(RecordingCase.Now));
        var amira = await RecordingCase.CreateAsync(host);
        var session = await Session.SignInAsync(host, RecordingCase.Iro);

        var page = await FormPage.OpenAsync(session, amira.Page(SignedReview));
        Assert.True(page.Document.QuerySelector("#review-form > fieldset")!.HasAttribute("disabled"));
        Assert.Null(page.Document.QuerySelector("#review-form button[type=submit]"));
        Assert.Equal("Signed by David Chair (the person who runs my meetings) on 5 March 2026", page.Document.QuerySelector("#signatures li")!.TextContent.Trim());
        Assert.Equal(amira.Page(SignedReview) + "&correct=true", page.Document.QuerySelector("a.button[href$='correct=true']")!.GetAttribute("href"));

        var fields = page.Fields();
        fields["Form.GoingWell"] = "Somebody changed this quietly.";
        var response = await session.PostFormAsync(amira.Page(SignedReview), amira.Page(SignedReview), fields);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(RecordingCase.Yaml, await amira.LatestYamlAsync(host));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Given_a_signed_review_When_the_IRO_corrects_it_Then_it_must_say_what_changed_and_a_new_signature_says_so(string database)
    {
        using var host = new WebHost(database, seed: false, clock: new FixedClock(RecordingCase.Now));
        var amira = await RecordingCase.CreateAsync(host);
        var session = await Session.SignInAsync(host, RecordingCase.Iro);
        var correct = amira.Page(SignedReview) + "&correct=true";
        var fields = (await FormPage.OpenAsync(session, correct)).Fields();
        fields["Form.GoingWell"] = "You are reading every night.\nYou joined the swimming club.";

        var unsaid = FormPage.Parse(await (await session.PostFormAsync(correct, correct, fields)).Content.ReadAsStringAsync());
        Assert.Contains("Say what changed in this correction", unsaid.TextBeside("review-changed"), StringComparison.Ordinal);
        Assert.Equal(RecordingCase.Yaml, await amira.LatestYamlAsync(host));

        fields["Changed"] = "Added that Amira joined the swimming club.";
        var response = await session.PostFormAsync(correct, correct, fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var expected = RecordingCase.Yaml.Replace("""
                  - You are reading every night.
                next_review: 2026-09-01
                signed:
                  - by: david
                    date: 2026-03-05
            """, """
                  - You are reading every night.
                  - You joined the swimming club.
                next_review: 2026-09-01
                signed:
                  - by: david
                    date: 2026-03-05
                  - by: david
                    date: 2026-07-20
                    changed: Added that Amira joined the swimming club.

            """, StringComparison.Ordinal);
        Assert.Equal(expected, await amira.LatestYamlAsync(host));
        var audited = await host.WithScopeAsync(s => s.GetRequiredService<LifeStoryDb>().AuditEntries
            .Where(e => e.Action == AuditActions.Edit && e.ChildId == amira.Child).Select(e => e.Detail).ToListAsync());
        // The audit trail is stored in clear, so it says a correction was made; what changed is in the sealed case.
        Assert.Equal(["revision 2: review 2026-03-02 corrected"], audited);
        var after = await FormPage.OpenAsync(session, amira.Page(SignedReview));
        Assert.True(after.Document.QuerySelector("#review-form > fieldset")!.HasAttribute("disabled"));
        Assert.Equal("Signed by David Chair (the person who runs my meetings) on 20 July 2026: corrected — Added that Amira joined the swimming club.",
            after.Document.QuerySelectorAll("#signatures li")[1].TextContent.Trim());
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Given_the_childs_social_worker_When_she_opens_a_review_Then_she_reads_it_but_cannot_record_or_preview(string database)
    {
        using var host = new WebHost(database, seed: false, clock: new FixedClock(RecordingCase.Now));
        var amira = await RecordingCase.CreateAsync(host);
        var session = await Session.SignInAsync(host, RecordingCase.SocialWorker);

        // The child's record lists the meetings, each leading to its record.
        var record = new HtmlParser().ParseDocument(await session.Client.GetStringAsync($"/Children/{amira.Child}"));
        Assert.Equal(["2 February 2026 — not signed yet", "2 March 2026 — signed"],
            record.QuerySelectorAll("#reviews li").Select(li => string.Join(' ', li.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))));
        Assert.Equal(amira.Page(SignedReview), record.QuerySelectorAll("#reviews a")[1].GetAttribute("href"));
        var signed = await FormPage.OpenAsync(session, amira.Page(SignedReview));
        Assert.Equal("You are reading every night.", signed.Fields()["Form.GoingWell"]);
        Assert.Null(signed.Document.QuerySelector("a.button[href$='correct=true']"));

        var page = await FormPage.OpenAsync(session, amira.Page(NewReview));
        Assert.True(page.Document.QuerySelector("#review-form > fieldset")!.HasAttribute("disabled"));
        Assert.Contains("Only the child's IRO or a team manager can record it.", page.Document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.Document.GetElementById("letter-preview"));

        var fields = page.Fields();
        Type(fields);
        var response = await session.PostFormAsync(amira.Page(NewReview), amira.Page(NewReview), fields);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(RecordingCase.Yaml, await amira.LatestYamlAsync(host));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Given_a_worry_kept_from_the_parents_When_saved_and_changed_again_Then_case_yaml_keeps_it_from_them_every_time(string database)
    {
        using var host = new WebHost(database, seed: false, clock: new FixedClock(RecordingCase.Now));
        var amira = await RecordingCase.CreateAsync(host);
        var session = await Session.SignInAsync(host, RecordingCase.Iro);
        var fields = (await FormPage.OpenAsync(session, amira.Page(NewReview))).Fields();
        Type(fields);
        fields["Form.Worries[0].HiddenFrom"] = "parents";
        Assert.Equal(HttpStatusCode.Redirect, (await session.PostFormAsync(amira.Page(NewReview), amira.Page(NewReview), fields)).StatusCode);

        var again = await FormPage.OpenAsync(session, amira.Page(NewReview));
        Assert.True(((AngleSharp.Html.Dom.IHtmlInputElement)again.Document.GetElementById("review-worries-0-hidden-parents")!).IsChecked);
        fields = again.Fields();
        fields["Form.Worries[0].Goal"] = "You sleep well every night.";
        Assert.Equal(HttpStatusCode.Redirect, (await session.PostFormAsync(amira.Page(NewReview), amira.Page(NewReview), fields)).StatusCode);

        Assert.Contains("""
                worries:
                  - what: Sometimes you find it hard to sleep.
                    who_is_worried: [jo]
                    what_could_happen: You could feel tired at school.
                    safety_goal: You sleep well every night.
                    hidden_from: [parents]
            """, await amira.LatestYamlAsync(host), StringComparison.Ordinal);
    }
}
