using LifeStory.Cases.Loading;
using LifeStory.Cases.Model;
using LifeStory.Checking;
using LifeStory.Pipeline;
using LifeStory.Tests.Support;

namespace LifeStory.Tests.Plans;

/// <summary>
/// Yusuf's pathway plan: his words first, his version and his adviser's record copy as approved, what his mother's copy
/// leaves out, the draft mark until he has signed, and the check that a plan has a goal in his own words.
/// </summary>
public sealed class PathwayPlanTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static string Markdown(string folder, Audience reader = Audience.Child)
    {
        using var composition = CasePipeline.Compose(new RunRequest(Product.PathwayPlan, folder, Today, Reader: reader));
        Assert.DoesNotContain(composition.Findings, f => f.IsError);
        Assert.Empty(composition.Findings);
        return MarkdownWords.Of(composition.Markdown!);
    }

    private static string Edited(TempFolder temp, Func<string, string> edit)
    {
        var folder = temp.CopyOf(Repo.Sample("yusuf"));
        var yaml = Path.Combine(folder, "case.yaml");
        File.WriteAllText(yaml, edit(File.ReadAllText(yaml)));
        return folder;
    }

    [Fact]
    public void Given_Yusuf_s_plan_When_his_version_and_the_record_are_made_Then_each_reads_as_approved()
    {
        using var temp = new TempFolder();
        var parts = new List<string>();
        foreach (var reader in new[] { Audience.Child, Audience.Record })
        {
            var pdf = temp.File($"{reader}.pdf");
            var result = CasePipeline.Run(new RunRequest(Product.PathwayPlan, Repo.Sample("yusuf"), Today, pdf, Reader: reader));
            Assert.True(result.Succeeded, string.Join("\n", result.Findings));
            Assert.Empty(result.Findings);
            Assert.False(result.Draft);
            var pages = PdfText.Pages(pdf);
            parts.Add($"=== {reader.ToString().ToLowerInvariant()} (Markdown)\n" + Markdown(Repo.Sample("yusuf"), reader));
            parts.Add($"=== {reader.ToString().ToLowerInvariant()} (PDF)\n" + PdfText.Metadata(pdf) + "\n"
                + string.Join("\n", pages.Select((page, i) => $"--- page {i + 1} of {pages.Count} ---\n{page}")));
        }

        Golden.Text("yusuf", string.Join("\n", parts));
    }

    [Fact]
    public void Given_his_plan_When_it_is_made_Then_his_own_words_lead_each_goal_in_the_order_of_his_life_s_parts()
    {
        var plan = Markdown(Repo.Sample("yusuf"));

        var headings = new[] { "## My education", "## My work", "## My home", "## My health", "## My money", "## My relationships" }
            .Select(h => plan.IndexOf(h, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, headings);
        Assert.Equal(headings.Order().ToList(), headings);
        Assert.Contains("## My home\n\n\n> I want to stay with Margaret until I finish college.", plan, StringComparison.Ordinal);
        Assert.Contains("| Me | Send my application. | March 2027 |", plan, StringComparison.Ordinal);
        Assert.Contains("Staying Put means I can keep living with Margaret Evans after I turn 18", plan, StringComparison.Ordinal);
        Assert.Contains("Tom Reid, my social worker, will introduce us.", plan, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_goal_hidden_from_his_mother_When_her_copy_is_made_Then_it_is_left_out_and_counted()
    {
        using var temp = new TempFolder();
        var result = CasePipeline.Run(new RunRequest(Product.PathwayPlan, Repo.Sample("yusuf"), Today, temp.File("plan.md"),
            Format: OutputFormat.Markdown, Reader: Audience.Parents));

        Assert.True(result.Succeeded, string.Join("\n", result.Findings));
        var text = File.ReadAllText(result.OutputPath!);
        Assert.DoesNotContain("Riverside", text, StringComparison.Ordinal);
        Assert.DoesNotContain("## My education", text, StringComparison.Ordinal);
        Assert.Contains("## My home", text, StringComparison.Ordinal);
        // Her copy also prints first names only, as the case's privacy settings say for parents.
        Assert.StartsWith("1 goal left out;", result.Redaction.Describe(withNames: true), StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_plan_he_has_not_signed_When_it_is_made_Then_every_page_says_it_is_a_draft()
    {
        using var temp = new TempFolder();
        var folder = Edited(temp, yaml => yaml.Replace("    - { by: child, date: 2026-11-18 }\n", "", StringComparison.Ordinal));

        var result = CasePipeline.Run(new RunRequest(Product.PathwayPlan, folder, Today, temp.File("plan.pdf")));

        Assert.True(result.Draft);
        Assert.All(PdfText.Pages(temp.File("plan.pdf")), page => Assert.Contains(CasePipeline.UnsignedWords, page, StringComparison.Ordinal));
        Assert.Contains("This plan is final when I have signed it", Markdown(folder), StringComparison.Ordinal);
    }

    [Fact]
    public void Given_his_plan_When_checked_Then_nothing_is_said_about_his_own_words_and_without_them_it_warns()
    {
        Assert.DoesNotContain(EveryCheck.Run(CaseLoader.Load(Repo.Sample("yusuf")), Today, null), f => f.Code == PathwayPlanChecks.NoOwnWordsCode);
        using var temp = new TempFolder();
        var folder = Edited(temp, yaml => string.Join('\n', yaml.Split('\n').Where(line => !line.TrimStart().StartsWith("in_my_words:", StringComparison.Ordinal))));

        var finding = Assert.Single(EveryCheck.Run(CaseLoader.Load(folder), Today, null), f => f.Code == PathwayPlanChecks.NoOwnWordsCode);

        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("pathway_plan.goals", finding.Field);
        Assert.Equal("Yusuf's pathway plan has no goal in Yusuf's own words.", finding.Message);
        Assert.NotNull(finding.Location);
    }

    [Fact]
    public void Given_a_case_with_no_pathway_plan_When_one_is_asked_for_Then_it_says_there_is_nothing_to_write()
    {
        using var composition = CasePipeline.Compose(new RunRequest(Product.PathwayPlan, Repo.Sample("maisie"), Today));

        var error = Assert.Single(composition.Findings, f => f.IsError);
        Assert.Equal(PlanDocuments.NoPathwayPlan, error.Code);
    }

    [Fact]
    public void Given_help_from_someone_not_in_the_case_When_checked_Then_the_id_is_named_with_the_nearest_one()
    {
        using var temp = new TempFolder();
        var folder = Edited(temp, yaml => yaml.Replace("          who: khalid\n          by: 2027-02", "          who: kalid\n          by: 2027-02", StringComparison.Ordinal));

        var finding = Assert.Single(EveryCheck.Run(CaseLoader.Load(folder), Today, null), f => f.Code == "unknown-reference");

        Assert.Equal("pathway_plan.goals[5].help[0].who", finding.Field);
        Assert.Equal("Did you mean 'khalid'?", finding.Fix);
    }
}
