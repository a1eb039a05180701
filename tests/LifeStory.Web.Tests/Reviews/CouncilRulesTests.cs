using System.Net;
using AngleSharp.Html.Parser;
using LifeStory.Web.Accounts;
using LifeStory.Web.Tests.Admin;
using LifeStory.Web.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace LifeStory.Web.Tests.Reviews;

/// <summary>
/// A council changes a timescale the way it changes its wording: a template set with its own
/// settings/review-timescales.yaml, tried and put in use. The dashboard then counts by the council's rule and names
/// the council's source, and goes back to England's when the shipped templates are put back.
/// </summary>
public sealed class CouncilRulesTests
{
    // Northshire sends its letters within 3 working days: Cara's review on Wednesday 24 February 2027 has its letter
    // due Monday 1 March (25, 26 February, 1 March), so on Wednesday 3 March it is 2 working days overdue (2, 3 March).
    private static readonly string Northshire = CouncilTemplateTests.Shipped("settings/review-timescales.yaml")
        .Replace("""
              letter:           # the written decisions, which LifeStory writes as the letter to the child
                within: 5 working days
                source: IRO Handbook (2010), chapter 3
            """, """
              letter:
                within: 3 working days
                source: Northshire practice standard 4.2
            """, StringComparison.Ordinal);

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Given_a_councils_own_letter_timescale_When_its_set_is_in_use_Then_the_dashboard_counts_by_it_and_names_its_source(string database)
    {
        Assert.Contains("Northshire practice standard 4.2", Northshire, StringComparison.Ordinal);
        using var host = new WebHost(database, seed: false, clock: new FixedClock(ReviewCaseload.Now));
        await ReviewCaseload.CreateAsync(host);
        await host.WithScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<Account>>();
            var alex = new Account { UserName = "alex.admin", DisplayName = "Alex" };
            Assert.True((await users.CreateAsync(alex, WebHost.Password)).Succeeded);
            await users.AddToRoleAsync(alex, Roles.Administrator);
            return 0;
        });
        var admin = await Session.SignInAsync(host, "alex.admin");
        var iro = await Session.SignInAsync(host, ReviewCaseload.Iro);
        Assert.Equal("Wednesday 3 March 2027 today", await CarasLetterDueAsync(iro));

        Assert.Equal(HttpStatusCode.Redirect, (await CouncilTemplateTests.UploadAsync(admin,
            CouncilTemplateTests.Zip(("settings/review-timescales.yaml", Northshire)), "Northshire's letter timescale")).StatusCode);
        await CouncilTemplateTests.UseAsync(admin, 1);

        Assert.Equal("Monday 1 March 2027 2 working days overdue", await CarasLetterDueAsync(iro));
        var rules = new HtmlParser().ParseDocument(await iro.Client.GetStringAsync("/Reviews")).QuerySelectorAll("main li").Select(li => li.TextContent).ToList();
        Assert.Contains(rules, r => r.Contains("3 working days", StringComparison.Ordinal) && r.Contains("Northshire practice standard 4.2", StringComparison.Ordinal));

        await CouncilTemplateTests.UseAsync(admin, null);
        Assert.Equal("Wednesday 3 March 2027 today", await CarasLetterDueAsync(iro));
    }

    [Fact]
    public async Task Given_a_timescale_nobody_can_count_When_its_set_is_uploaded_Then_the_trial_names_the_file_and_line_and_it_cannot_be_put_in_use()
    {
        using var host = new WebHost(Databases.Sqlite);
        var admin = await Session.SignInAsync(host, "alex.admin");
        var broken = Northshire.Replace("within: 3 working days", "within: soon", StringComparison.Ordinal);
        var line = Array.FindIndex(broken.Split('\n'), l => l.StartsWith("  letter:", StringComparison.Ordinal)) + 2;

        Assert.Equal(HttpStatusCode.Redirect, (await CouncilTemplateTests.UploadAsync(admin,
            CouncilTemplateTests.Zip(("settings/review-timescales.yaml", broken)), "")).StatusCode);

        var trial = WebUtility.HtmlDecode(await admin.Client.GetStringAsync("/Admin/Templates/1"));
        Assert.Contains("cannot be used", trial, StringComparison.Ordinal);
        Assert.Contains($"settings/review-timescales.yaml, line {line}", trial, StringComparison.Ordinal);
        Assert.Contains("'soon' is not a length of time LifeStory understands", trial, StringComparison.Ordinal);
        var refused = WebUtility.HtmlDecode(await (await CouncilTemplateTests.UseResponseAsync(admin, 1)).Content.ReadAsStringAsync());
        Assert.Contains("Set 1 made errors on the sample children, so it cannot be used.", refused, StringComparison.Ordinal);
    }

    /// <summary>The "letter due" cell of Cara's row in the IRO's letters table.</summary>
    private static async Task<string> CarasLetterDueAsync(Session iro)
    {
        var page = new HtmlParser().ParseDocument(await iro.Client.GetStringAsync("/Reviews"));
        var cara = page.QuerySelectorAll("#letters tbody tr").Single(r => r.QuerySelector("td")!.TextContent.Trim() == "Cara");
        return string.Join(' ', cara.QuerySelectorAll("td")[3].TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
