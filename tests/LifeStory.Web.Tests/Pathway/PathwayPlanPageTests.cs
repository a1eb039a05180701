using System.Net;
using System.Text.RegularExpressions;
using LifeStory.Web.Audit;
using LifeStory.Web.Data;
using LifeStory.Web.Tests.Reviews.Recording;
using LifeStory.Web.Tests.Reviews.Sending;
using LifeStory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LifeStory.Web.Tests.Pathway;

/// <summary>
/// The pathway plan's page: Amira's case (<see cref="RecordingCase"/>) as a 17-year-old with Pat as her personal
/// adviser and a plan written with her on 1 July 2026, one goal kept from the parents. Sam, her social worker, records
/// her signature and signs for the council; the IRO reads the plan but does not sign it.
/// </summary>
public sealed class PathwayPlanPageTests
{
    private const string Plan = """

        pathway_plan:
          written: 2026-07-01
          about_me: I am Amira. I love drawing and I want to be a nurse.
          personal_adviser: pat
          goals:
            - area: education
              in_my_words: I want to start my nursing course at college in September.
              help:
                - what: Go to the college open day with Amira.
                  who: pat
                  by: 2026-08
            - area: home
              in_my_words: I want to stay with Jo until I finish college.
              hidden_from: [parents]
          next_review: 2027-01-01

        """;

    /// <summary>Amira at 17 with Pat as her personal adviser and her plan (shared with the browser test).</summary>
    public static readonly string Yaml = RecordingCase.Yaml
        .Replace("date_of_birth: 2018-03-01", "date_of_birth: 2009-03-01", StringComparison.Ordinal)
        .Replace("    group: iro\n", "    group: iro\n  - id: pat\n    name: Pat Adviser\n    relationship: my personal adviser\n    group: social_worker\n", StringComparison.Ordinal)
        + "\n" + Plan.ReplaceLineEndings("\n");

    private static string Page(Guid child) => $"/Children/{child}/PathwayPlan";

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Given_an_unsigned_plan_When_Amira_and_then_her_adviser_sign_Then_each_signature_is_a_revision_and_DRAFT_comes_off_only_after_both(string database)
    {
        using var host = new WebHost(database, seed: false, clock: new FixedClock(RecordingCase.Now));
        var amira = await RecordingCase.CreateAsync(host, Yaml);
        var sam = await Session.SignInAsync(host, RecordingCase.SocialWorker);

        var page = FormPage.Parse(await sam.Client.GetStringAsync(Page(amira.Child)));
        Assert.Equal("I am Amira. I love drawing and I want to be a nurse.", page.Document.GetElementById("about-me")!.TextContent);
        Assert.Contains("Not signed yet", page.Document.GetElementById("status")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["/Children/{0}/Documents/pathway-plan/child/Download/html", "/Children/{0}/Documents/pathway-plan/child/Download/pdf",
            "/Children/{0}/Documents/pathway-plan/record/Download/html", "/Children/{0}/Documents/pathway-plan/record/Download/pdf"],
            page.Document.QuerySelectorAll("#versions a").Select(a => a.GetAttribute("href")!.Replace(amira.Child.ToString(), "{0}", StringComparison.Ordinal)));
        Assert.Contains("DRAFT", await PdfTextAsync(sam, amira.Child), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await sam.PostFormAsync(Page(amira.Child), Page(amira.Child) + "?handler=Sign", new() { ["by"] = "child" })).StatusCode);
        Assert.Equal(Yaml.Replace("  next_review: 2027-01-01\n", "  next_review: 2027-01-01\n  signed:\n    - { by: child, date: 2026-07-20 }\n", StringComparison.Ordinal),
            await amira.LatestYamlAsync(host));
        Assert.Contains("DRAFT", await PdfTextAsync(sam, amira.Child), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await sam.PostFormAsync(Page(amira.Child), Page(amira.Child) + "?handler=Sign", new() { ["by"] = "adviser" })).StatusCode);
        Assert.Equal(Yaml.Replace("  next_review: 2027-01-01\n",
            "  next_review: 2027-01-01\n  signed:\n    - { by: child, date: 2026-07-20 }\n    - { by: pat, date: 2026-07-20 }\n", StringComparison.Ordinal),
            await amira.LatestYamlAsync(host));
        Assert.DoesNotContain("DRAFT", await PdfTextAsync(sam, amira.Child), StringComparison.Ordinal);
        var signed = FormPage.Parse(await sam.Client.GetStringAsync(Page(amira.Child)));
        Assert.Equal(["Signed by Amira on 20 July 2026", "Signed by Pat Adviser on 20 July 2026"],
            signed.Document.QuerySelectorAll("#signatures li").Select(li => li.TextContent));
        Assert.Null(signed.Document.GetElementById("sign-heading"));

        var trail = await host.WithScopeAsync(s => s.GetRequiredService<LifeStoryDb>().AuditEntries
            .Where(e => e.ChildId == amira.Child && e.Action == AuditActions.Edit).OrderBy(e => e.Id).Select(e => e.Detail).ToListAsync());
        Assert.Equal(2, trail.Count);
        Assert.Matches(Hashes("revision 2: pathway plan signed by child"), trail[0]);
        Assert.Matches(Hashes("revision 3: pathway plan signed by pat"), trail[1]);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Given_each_version_When_it_is_opened_Then_Amiras_copy_and_the_record_keep_her_words_and_the_IRO_reads_but_cannot_sign(string database)
    {
        using var host = new WebHost(database, seed: false, clock: new FixedClock(RecordingCase.Now));
        var amira = await RecordingCase.CreateAsync(host, Yaml);
        var iris = await Session.SignInAsync(host, RecordingCase.Iro);

        var html = await iris.Client.GetStringAsync(Page(amira.Child));
        Assert.Contains("I want to stay with Jo until I finish college.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("sign-heading", html, StringComparison.Ordinal);
        foreach (var reader in new[] { "child", "record" })
        {
            var version = await iris.Client.GetStringAsync($"/Children/{amira.Child}/Documents/pathway-plan/{reader}/Download/html");
            Assert.Contains("I want to start my nursing course at college in September.", version, StringComparison.Ordinal);
        }
        var record = FormPage.Parse(await iris.Client.GetStringAsync($"/Children/{amira.Child}"));
        Assert.Equal(Page(amira.Child), record.Document.GetElementById("pathway-plan")!.GetAttribute("href"));
        // She may read it but not sign: the token comes from a review's recording page, which has a form.
        var refused = await iris.PostFormAsync(amira.Page("2026-03-02"), Page(amira.Child) + "?handler=Sign", new() { ["by"] = "child" });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(Yaml, await amira.LatestYamlAsync(host));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Given_an_unsigned_plan_When_Sam_changes_Amiras_words_Then_only_those_lines_change_and_once_signed_the_words_are_final(string database)
    {
        using var host = new WebHost(database, seed: false, clock: new FixedClock(RecordingCase.Now));
        var amira = await RecordingCase.CreateAsync(host, Yaml);
        var sam = await Session.SignInAsync(host, RecordingCase.SocialWorker);
        var fields = (await FormPage.OpenAsync(sam, Page(amira.Child))).Fields();
        Assert.Equal("I am Amira. I love drawing and I want to be a nurse.", fields["Form.AboutMe"]);
        fields["Form.AboutMe"] = "I am Amira. I love drawing, and I want to be a children's nurse.";
        fields["Form.StayingPut"] = "Jo and Amira agreed she can stay until she is 21.";

        var saved = await sam.PostFormAsync(Page(amira.Child), Page(amira.Child) + "?handler=Save", fields);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(Page(amira.Child) + "?saved=2", saved.Headers.Location!.OriginalString);
        var yaml = await amira.LatestYamlAsync(host);
        var staying = "  staying_put: Jo and Amira agreed she can stay until she is 21.\n";
        Assert.Contains(staying, yaml, StringComparison.Ordinal);
        Assert.Equal(Yaml.Replace("  about_me: I am Amira. I love drawing and I want to be a nurse.\n",
            "  about_me: I am Amira. I love drawing, and I want to be a children's nurse.\n", StringComparison.Ordinal), yaml.Replace(staying, "", StringComparison.Ordinal));

        foreach (var by in new[] { "child", "adviser" })
            Assert.Equal(HttpStatusCode.Redirect, (await sam.PostFormAsync(Page(amira.Child), Page(amira.Child) + "?handler=Sign", new() { ["by"] = by })).StatusCode);
        var signedYaml = await amira.LatestYamlAsync(host);
        var refused = await sam.PostFormAsync(amira.Page("2026-03-02"), Page(amira.Child) + "?handler=Save", new() { ["Form.AboutMe"] = "Changed after signing." });
        Assert.Contains("so it is final", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(signedYaml, await amira.LatestYamlAsync(host));
    }

    private static async Task<string> PdfTextAsync(Session session, Guid child)
    {
        var response = await session.GetAsync($"/Children/{child}/Documents/pathway-plan/child/Download/pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return string.Join("\n", PdfPages.Read(await response.Content.ReadAsByteArrayAsync()));
    }

    private static Regex Hashes(string start) => new($"^{Regex.Escape(start)}; PDF SHA-256: child [0-9a-f]{{64}}, record [0-9a-f]{{64}}$");
}
