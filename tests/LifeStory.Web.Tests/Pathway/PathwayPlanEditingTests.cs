using System.Net;
using System.Text.RegularExpressions;
using LifeStory.Web.Audit;
using LifeStory.Web.Data;
using LifeStory.Web.Tests.Reviews.Recording;
using LifeStory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LifeStory.Web.Tests.Pathway;

/// <summary>
/// Sam writes Amira's pathway plan with her on its page (<see cref="PathwayPlanPageTests.Yaml"/>): a new goal in her
/// words with who helps by when, her copy redrawn beside the form, the CLI's messages for what will not load, and,
/// once she and Pat have signed, a correction that says what changed and is signed again.
/// </summary>
public sealed class PathwayPlanEditingTests
{
    private static string Page(Guid child) => $"/Children/{child}/PathwayPlan";

    private const string MoneyGoal = "    - area: money\n      in_my_words: \"I want to save up for driving lessons: £20 a month.\"\n      what_i_need: Help to open a savings account.\n"
        + "      help:\n        - what: Open a savings account with Amira.\n          who: jo\n          by: 2026-12\n";

    private static Dictionary<string, string> WithMoneyGoal(Dictionary<string, string> fields)
    {
        // Two goals are written: the third box on the page is the room to add one, with its own room for help.
        fields["Form.Goals[2].Area"] = "money";
        fields["Form.Goals[2].InMyWords"] = "I want to save up for driving lessons: £20 a month.";
        fields["Form.Goals[2].WhatINeed"] = "Help to open a savings account.";
        fields["Form.Goals[2].Help[0].What"] = "Open a savings account with Amira.";
        fields["Form.Goals[2].Help[0].Who"] = "jo";
        fields["Form.Goals[2].Help[0].By"] = "2026-12";
        return fields;
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Given_the_plan_When_Sam_adds_a_goal_in_Amiras_words_with_Jo_helping_Then_only_the_goals_lines_are_added_and_her_copy_prints_it(string database)
    {
        using var host = new WebHost(database, seed: false, clock: new FixedClock(RecordingCase.Now));
        var amira = await RecordingCase.CreateAsync(host, PathwayPlanPageTests.Yaml);
        var sam = await Session.SignInAsync(host, RecordingCase.SocialWorker);
        var page = await FormPage.OpenAsync(sam, Page(amira.Child));
        Assert.Equal(["Goal 1", "Help 1 with goal 1", "Add who will help with goal 1", "Goal 2", "Add who will help with goal 2", "Add a goal", "Add who will help with goal 3"],
            page.Document.QuerySelectorAll("#plan-form legend").Select(l => l.TextContent.Trim()).Where(t => !t.StartsWith("Keep", StringComparison.Ordinal)));
        Assert.Equal("pat", page.Fields()["Form.PersonalAdviser"]);

        var saved = await sam.PostFormAsync(Page(amira.Child), Page(amira.Child) + "?handler=Save", WithMoneyGoal(page.Fields()));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(Page(amira.Child) + "?saved=2", saved.Headers.Location!.OriginalString);
        Assert.Equal(PathwayPlanPageTests.Yaml.Replace("  next_review: 2027-01-01\n", MoneyGoal + "  next_review: 2027-01-01\n", StringComparison.Ordinal),
            await amira.LatestYamlAsync(host));
        var copy = await sam.Client.GetStringAsync($"/Children/{amira.Child}/Documents/pathway-plan/child/Download/html");
        Assert.Contains("I want to save up for driving lessons: £20 a month.", WebUtility.HtmlDecode(copy), StringComparison.Ordinal);
        var trail = await host.WithScopeAsync(s => s.GetRequiredService<LifeStoryDb>().AuditEntries
            .Where(e => e.ChildId == amira.Child && e.Action == AuditActions.Edit).Select(e => e.Detail).ToListAsync());
        Assert.Equal(["revision 2: pathway plan changed"], trail);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Given_the_form_When_Sam_types_Then_the_preview_redraws_Amiras_copy_and_a_date_it_cannot_read_is_named_and_nothing_is_saved(string database)
    {
        using var host = new WebHost(database, seed: false, clock: new FixedClock(RecordingCase.Now));
        var amira = await RecordingCase.CreateAsync(host, PathwayPlanPageTests.Yaml);
        var sam = await Session.SignInAsync(host, RecordingCase.SocialWorker);
        var opened = await FormPage.OpenAsync(sam, Page(amira.Child));
        Assert.Contains("I want to start my nursing course at college in September.", opened.Document.GetElementById("plan-preview")!.TextContent, StringComparison.Ordinal);

        var preview = await sam.PostFormAsync(Page(amira.Child), Page(amira.Child) + "?handler=Preview", WithMoneyGoal(opened.Fields()));
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Contains("I want to save up for driving lessons: £20 a month.", WebUtility.HtmlDecode(await preview.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var fields = WithMoneyGoal(opened.Fields());
        fields["Form.Goals[2].Help[0].By"] = "next summer";
        var wrong = await sam.PostFormAsync(Page(amira.Child), Page(amira.Child) + "?handler=Preview", fields);
        var findings = FormPage.Parse(await wrong.Content.ReadAsStringAsync()).Document.GetElementById("plan-preview-findings")!.TextContent;
        Assert.Contains("pathway_plan.goals[2].help[0].by", findings, StringComparison.Ordinal);

        var refused = await sam.PostFormAsync(Page(amira.Child), Page(amira.Child) + "?handler=Save", fields);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var shown = FormPage.Parse(await refused.Content.ReadAsStringAsync());
        Assert.Contains("Nothing was saved.", shown.Document.GetElementById("problem")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("pathway_plan.goals[2].help[0].by", shown.Document.GetElementById("plan-form")!.TextContent, StringComparison.Ordinal);
        // What was typed stays in the boxes to be put right.
        Assert.Equal("next summer", shown.Fields()["Form.Goals[2].Help[0].By"]);
        Assert.Equal(PathwayPlanPageTests.Yaml, await amira.LatestYamlAsync(host));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Given_Amira_has_signed_but_Pat_has_not_When_Sam_changes_the_words_Then_her_signature_is_taken_off_to_sign_the_new_words(string database)
    {
        using var host = new WebHost(database, seed: false, clock: new FixedClock(RecordingCase.Now));
        var amira = await RecordingCase.CreateAsync(host, PathwayPlanPageTests.Yaml);
        var sam = await Session.SignInAsync(host, RecordingCase.SocialWorker);
        Assert.Equal(HttpStatusCode.Redirect, (await sam.PostFormAsync(Page(amira.Child), Page(amira.Child) + "?handler=Sign", new() { ["by"] = "child" })).StatusCode);
        var signedByAmira = await amira.LatestYamlAsync(host);
        Assert.Contains("  signed:\n    - { by: child, date: 2026-07-20 }\n", signedByAmira, StringComparison.Ordinal);

        // Saving the form as it is changes nothing, and keeps her signature.
        var same = await sam.PostFormAsync(Page(amira.Child), Page(amira.Child) + "?handler=Save", (await FormPage.OpenAsync(sam, Page(amira.Child))).Fields());
        Assert.Contains("Nothing was changed", WebUtility.HtmlDecode(await same.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(signedByAmira, await amira.LatestYamlAsync(host));

        var saved = await sam.PostFormAsync(Page(amira.Child), Page(amira.Child) + "?handler=Save", WithMoneyGoal((await FormPage.OpenAsync(sam, Page(amira.Child))).Fields()));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(PathwayPlanPageTests.Yaml.Replace("  next_review: 2027-01-01\n", MoneyGoal + "  next_review: 2027-01-01\n", StringComparison.Ordinal),
            await amira.LatestYamlAsync(host));
        var trail = await host.WithScopeAsync(s => s.GetRequiredService<LifeStoryDb>().AuditEntries
            .Where(e => e.Action == AuditActions.Edit).OrderBy(e => e.Id).Select(e => e.Detail).ToListAsync());
        Assert.Equal("revision 3: pathway plan changed; signed before by the young person, whose signature is taken off to sign the new words", trail[^1]);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Given_a_signed_plan_When_Sam_corrects_a_date_Then_it_must_say_what_changed_and_is_signed_again_by_the_adviser_with_the_versions_hashes(string database)
    {
        using var host = new WebHost(database, seed: false, clock: new FixedClock(RecordingCase.Now));
        var amira = await RecordingCase.CreateAsync(host, PathwayPlanPageTests.Yaml);
        var sam = await Session.SignInAsync(host, RecordingCase.SocialWorker);
        foreach (var by in new[] { "child", "adviser" })
            Assert.Equal(HttpStatusCode.Redirect, (await sam.PostFormAsync(Page(amira.Child), Page(amira.Child) + "?handler=Sign", new() { ["by"] = by })).StatusCode);
        var signedYaml = await amira.LatestYamlAsync(host);
        var final = FormPage.Parse(await sam.Client.GetStringAsync(Page(amira.Child)));
        Assert.Null(final.Document.GetElementById("plan-form"));
        Assert.Equal(Page(amira.Child) + "?correct=true", final.Document.GetElementById("correct-plan")!.GetAttribute("href"));

        var correcting = Page(amira.Child) + "?correct=true";
        var fields = (await FormPage.OpenAsync(sam, correcting)).Fields();
        fields["Form.Goals[0].Help[0].By"] = "2026-06";
        var unsaid = await sam.PostFormAsync(correcting, Page(amira.Child) + "?handler=Save&correct=true", fields);
        Assert.Contains("Say what changed in this correction", WebUtility.HtmlDecode(await unsaid.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(signedYaml, await amira.LatestYamlAsync(host));

        fields["Changed"] = "The college open day is in June, not August.";
        var corrected = await sam.PostFormAsync(correcting, Page(amira.Child) + "?handler=Save&correct=true", fields);

        Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);
        Assert.Equal(signedYaml.Replace("          by: 2026-08\n", "          by: 2026-06\n", StringComparison.Ordinal)
                .Replace("    - { by: pat, date: 2026-07-20 }\n", "    - { by: pat, date: 2026-07-20 }\n    - { by: pat, date: 2026-07-20, changed: \"The college open day is in June, not August.\" }\n", StringComparison.Ordinal),
            await amira.LatestYamlAsync(host));
        var page = FormPage.Parse(await sam.Client.GetStringAsync(Page(amira.Child)));
        Assert.Equal("Signed by Pat Adviser on 20 July 2026: corrected — The college open day is in June, not August.",
            page.Document.QuerySelectorAll("#signatures li").Last().TextContent);
        var trail = await host.WithScopeAsync(s => s.GetRequiredService<LifeStoryDb>().AuditEntries
            .Where(e => e.ChildId == amira.Child && e.Action == AuditActions.Edit).OrderBy(e => e.Id).Select(e => e.Detail).ToListAsync());
        Assert.Matches(new Regex("^revision 4: pathway plan corrected and signed by pat \\(The college open day is in June, not August\\.\\); PDF SHA-256: child [0-9a-f]{64}, record [0-9a-f]{64}$"), trail[^1]);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Given_a_goal_kept_from_Amira_When_the_plan_is_opened_Then_what_her_copy_leaves_out_is_named_and_the_record_leaves_out_nothing(string database)
    {
        using var host = new WebHost(database, seed: false, clock: new FixedClock(RecordingCase.Now));
        var amira = await RecordingCase.CreateAsync(host, PathwayPlanPageTests.Yaml.Replace("hidden_from: [parents]", "hidden_from: [child]", StringComparison.Ordinal));
        var sam = await Session.SignInAsync(host, RecordingCase.SocialWorker);

        var page = FormPage.Parse(await sam.Client.GetStringAsync(Page(amira.Child)));

        Assert.Equal(["Goal: Home: I want to stay with Jo until I finish college."],
            page.Document.QuerySelectorAll("#left-out-child li").Select(li => li.TextContent));
        Assert.Equal("Nothing is left out.", page.Document.GetElementById("left-out-record")!.TextContent);
        var copy = await sam.Client.GetStringAsync($"/Children/{amira.Child}/Documents/pathway-plan/child/Download/html");
        Assert.DoesNotContain("I want to stay with Jo until I finish college.", copy, StringComparison.Ordinal);
    }
}
