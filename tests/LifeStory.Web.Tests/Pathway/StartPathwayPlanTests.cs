using System.Net;
using LifeStory.Web.Audit;
using LifeStory.Web.Data;
using LifeStory.Web.Tests.Reviews.Recording;
using LifeStory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LifeStory.Web.Tests.Pathway;

/// <summary>
/// A young person of 15 or over with no pathway plan yet: her social worker starts one from her record, and its page
/// then takes her goals. case.yaml gains only `pathway_plan:` written today; a plan already there is never replaced.
/// </summary>
public sealed class StartPathwayPlanTests
{
    /// <summary>Amira at 17, before anyone has written her plan.</summary>
    private static readonly string NoPlanYet = RecordingCase.Yaml
        .Replace("date_of_birth: 2018-03-01", "date_of_birth: 2009-03-01", StringComparison.Ordinal);

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Given_Amira_at_17_with_no_plan_When_Sam_starts_one_from_her_record_Then_case_yaml_gains_only_the_plan_and_its_page_opens(string database)
    {
        Assert.Contains("date_of_birth: 2009-03-01", NoPlanYet, StringComparison.Ordinal);
        using var host = new WebHost(database, seed: false, clock: new FixedClock(RecordingCase.Now));
        var amira = await RecordingCase.CreateAsync(host, NoPlanYet);
        var sam = await Session.SignInAsync(host, RecordingCase.SocialWorker);
        var page = $"/Children/{amira.Child}/PathwayPlan";
        var before = await amira.LatestYamlAsync(host);
        Assert.Equal(HttpStatusCode.NotFound, (await sam.GetAsync(page)).StatusCode);

        var record = FormPage.Parse(await sam.Client.GetStringAsync($"/Children/{amira.Child}"));
        var start = record.Document.GetElementById("start-pathway-plan")!;
        Assert.Contains("Amira is 17.", start.TextContent, StringComparison.Ordinal);
        var started = await sam.PostFormAsync($"/Children/{amira.Child}", start.GetAttribute("action")!, []);

        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        Assert.Equal(page + "?saved=2", started.Headers.Location!.OriginalString);
        Assert.Equal(before + "\n\npathway_plan:\n  written: 2026-07-20\n", await amira.LatestYamlAsync(host));
        Assert.Equal(HttpStatusCode.OK, (await sam.GetAsync(page)).StatusCode);
        var trail = await host.WithScopeAsync(s => s.GetRequiredService<LifeStoryDb>().AuditEntries
            .Where(e => e.Action == AuditActions.Edit).OrderBy(e => e.Id).Select(e => e.Detail).ToListAsync());
        Assert.Equal("revision 2: pathway plan started, written 2026-07-20", trail[^1]);

        // Started twice (a second tab): the plan there is opened, not replaced, and nothing new is saved.
        var again = await sam.PostFormAsync($"/Children/{amira.Child}", start.GetAttribute("action")!, []);
        Assert.Equal(page, again.Headers.Location!.OriginalString);
        Assert.Equal(before + "\n\npathway_plan:\n  written: 2026-07-20\n", await amira.LatestYamlAsync(host));
        Assert.Null(FormPage.Parse(await sam.Client.GetStringAsync($"/Children/{amira.Child}")).Document.GetElementById("start-pathway-plan"));
    }

    [Fact]
    public async Task Given_a_child_of_8_When_her_record_opens_Then_no_pathway_plan_is_offered()
    {
        using var host = new WebHost(Databases.Sqlite, seed: false, clock: new FixedClock(RecordingCase.Now));
        var amira = await RecordingCase.CreateAsync(host, RecordingCase.Yaml);
        var sam = await Session.SignInAsync(host, RecordingCase.SocialWorker);

        var record = FormPage.Parse(await sam.Client.GetStringAsync($"/Children/{amira.Child}"));

        Assert.Null(record.Document.GetElementById("start-pathway-plan"));
    }
}
