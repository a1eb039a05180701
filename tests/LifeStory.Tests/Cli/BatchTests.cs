using LifeStory.Tests.Support;

namespace LifeStory.Tests.Cli;

public sealed class BatchTests
{
    [Fact]
    public void Given_a_folder_with_good_broken_and_review_less_cases_When_batched_Then_the_good_letters_are_made_and_the_rest_reported()
    {
        using var temp = new TempFolder();
        var cases = Path.Combine(temp.Path, "cases");
        Directory.CreateDirectory(cases);
        using (var samples = new TempFolder())
        {
            Directory.Move(samples.CopyOf(Repo.Sample("maisie")), Path.Combine(cases, "maisie"));
            Directory.Move(samples.CopyOf(Repo.Sample("yusuf")), Path.Combine(cases, "yusuf"));
        }
        Write(cases, "broken", "child:\n  preferred_name: Bo\n  legal_name: [unclosed\n");
        Write(cases, "empty", "child:\n  legal_name: Bo Example\n  preferred_name: Bo\n  date_of_birth: 2018-05-14\n  pronouns: he\n  first_language: English\n");
        Directory.CreateDirectory(Path.Combine(cases, "not-a-case"));

        var outcome = CliRunner.Run(temp.Path, "minutes", "--batch", "cases", "--today", "2026-11-23");

        Assert.Equal(2, outcome.ExitCode);
        Assert.True(File.Exists(Path.Combine(cases, "maisie", "output", "review-letter-2026-09-15.pdf")));
        Assert.True(File.Exists(Path.Combine(cases, "yusuf", "output", "review-letter-2026-08-12.pdf")));
        Assert.False(Directory.Exists(Path.Combine(cases, "broken", "output")));
        Assert.False(Directory.Exists(Path.Combine(cases, "empty", "output")));
        var lines = outcome.Output.TrimEnd('\n').Split('\n');
        Assert.Equal("Wrote cases/maisie/output/review-letter-2026-09-15.pdf", lines[0]);
        Assert.Equal("Wrote cases/yusuf/output/review-letter-2026-08-12.pdf", lines[1]);
        Assert.Equal("Nothing to write for empty: it has no review meetings yet", lines[2]);
        Assert.Equal("Not a case: not-a-case has no case.yaml", lines[3]);
        Assert.Equal("Made 2 letters, 1 case had no review, 1 failed:", lines[4]);
        Assert.StartsWith("  broken: case.yaml:3:15: ", lines[5], StringComparison.Ordinal);
        Assert.Contains("error: The '[' here is never closed", lines[5], StringComparison.Ordinal);
        Assert.Equal(6, lines.Length);
        Assert.Contains("· maisie: review-letter-2026-09-15.pdf", outcome.Errors, StringComparison.Ordinal);
        Assert.Contains("· broken: failed", outcome.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_only_good_cases_When_batched_quietly_Then_it_exits_0_and_prints_no_progress()
    {
        using var temp = new TempFolder();
        temp.CopyOf(Repo.Sample("maisie"));

        var outcome = CliRunner.Run(temp.Path, "minutes", "--batch", ".", "-q", "--today", "2026-11-23");

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal("Wrote maisie/output/review-letter-2026-09-15.pdf\nMade 1 letter.\n", outcome.Output);
        Assert.Equal("", outcome.Errors);
    }

    [Fact]
    public void Given_both_a_case_and_batch_When_minutes_run_Then_it_is_a_usage_error()
    {
        using var temp = new TempFolder();
        var folder = temp.CopyOf(Repo.Sample("maisie"));

        Assert.Equal(1, CliRunner.Run(temp.Path, "minutes", folder, "--batch", temp.Path).ExitCode);
        Assert.Equal(1, CliRunner.Run(temp.Path, "minutes").ExitCode);
    }

    private static void Write(string cases, string name, string yaml)
    {
        Directory.CreateDirectory(Path.Combine(cases, name));
        File.WriteAllText(Path.Combine(cases, name, "case.yaml"), yaml);
    }
}
