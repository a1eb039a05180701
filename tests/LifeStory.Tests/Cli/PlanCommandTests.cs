using LifeStory.Tests.Support;

namespace LifeStory.Tests.Cli;

/// <summary>`conference` and `pathway` as a social worker runs them: the file each reader gets, exit codes, and plain errors.</summary>
public sealed class PlanCommandTests
{
    private const string Today = "2026-11-23";

    private static string Mia => Path.Combine(Repo.Root, "tests", "LifeStory.Tests", "Cases", "Fixtures", "mia");

    [Fact]
    public void Given_a_conference_When_the_parents_summary_is_asked_for_Then_it_is_written_for_them_and_exits_0()
    {
        using var temp = new TempFolder();
        var folder = temp.CopyOf(Mia);

        var outcome = CliRunner.Run(temp.Path, "conference", folder, "--for", "parents", "--date", "2026-10-14", "--today", Today);

        Assert.Equal(0, outcome.ExitCode);
        Assert.True(File.Exists(Path.Combine(folder, "output", "conference-2026-10-14-for-parents.pdf")));
        Assert.Contains("conference-2026-10-14-for-parents.pdf (2 pages)", outcome.Output, StringComparison.Ordinal);
        Assert.Contains("Parents' version: nothing left out", outcome.Errors + outcome.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_date_with_no_conference_When_conference_is_run_Then_it_lists_the_dates_and_exits_2()
    {
        using var temp = new TempFolder();

        var outcome = CliRunner.Run(temp.Path, "conference", temp.CopyOf(Mia), "--date", "2026-01-01", "-q", "--today", Today);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("There is no conference on 2026-01-01.", outcome.Errors, StringComparison.Ordinal);
        Assert.Contains("Use one of: 2026-10-14.", outcome.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", outcome.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_date_that_is_not_one_When_conference_is_run_Then_it_says_how_to_write_it_and_exits_1()
    {
        using var temp = new TempFolder();

        var outcome = CliRunner.Run(temp.Path, "conference", temp.CopyOf(Mia), "--date", "14/10/2026", "-q");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("--date '14/10/2026' is not a date. Write it as 2026-03-10.", outcome.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_young_person_s_plan_When_pathway_is_run_for_the_record_Then_the_record_copy_is_written()
    {
        using var temp = new TempFolder();
        var folder = temp.CopyOf(Repo.Sample("yusuf"));

        var mine = CliRunner.Run(temp.Path, "pathway", folder, "--for", "young-person", "--format", "md", "--today", Today);
        var record = CliRunner.Run(temp.Path, "pathway", folder, "--for", "record", "--format", "md", "-q", "--today", Today);

        Assert.Equal(0, mine.ExitCode);
        Assert.Contains("Young person's version: nothing left out", mine.Output + mine.Errors, StringComparison.Ordinal);
        Assert.Equal(0, record.ExitCode);
        Assert.DoesNotContain("record copy", File.ReadAllText(Path.Combine(folder, "output", "pathway-plan.md")), StringComparison.Ordinal);
        Assert.Contains("personal adviser's record copy", File.ReadAllText(Path.Combine(folder, "output", "pathway-plan-for-record.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_case_with_no_plan_When_pathway_is_run_Then_it_says_what_to_add_and_exits_2()
    {
        using var temp = new TempFolder();

        var outcome = CliRunner.Run(temp.Path, "pathway", temp.CopyOf(Repo.Sample("maisie")), "-q", "--today", Today);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("This case has no pathway plan yet", outcome.Errors, StringComparison.Ordinal);
        Assert.Contains("Add pathway_plan:", outcome.Errors, StringComparison.Ordinal);
    }
}
