using LifeStory.Tests.Support;

namespace LifeStory.Tests.Cli;

/// <summary>The `lifestory` command end to end: exit codes, messages, files, and nothing half-written.</summary>
public sealed class CliTests
{
    private const string Today = "2026-11-23";

    [Fact]
    public void Given_a_sample_When_book_is_run_Then_it_writes_the_PDF_and_exits_0()
    {
        using var temp = new TempFolder();
        var folder = temp.CopyOf(Repo.Sample("maisie"));
        var outcome = CliRunner.Run(temp.Path, "book", folder, "--today", Today);

        Assert.Equal(0, outcome.ExitCode);
        Assert.Matches(@"^Wrote maisie/output/life-story-book\.pdf \(\d+ pages\)\n$", outcome.Output);
        Assert.Contains("· Laying out the pages…", outcome.Errors, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(folder, "output", "life-story-book.pdf")));
        Assert.Empty(Directory.GetFiles(Path.Combine(folder, "output"), "*.tmp"));
    }

    [Fact]
    public void Given_quiet_When_minutes_is_run_for_a_chosen_review_Then_only_the_file_name_is_printed()
    {
        using var temp = new TempFolder();
        var output = temp.File("letter.pdf");
        var outcome = CliRunner.Run(temp.Path, "minutes", Repo.Sample("yusuf"), "--review", "2026-02-18", "-o", output, "--quiet", "--today", Today);

        Assert.Equal(0, outcome.ExitCode);
        Assert.Matches(@"^Wrote letter\.pdf \(\d pages\)\n$", outcome.Output);
        Assert.Equal("", outcome.Errors);
        Assert.Contains("18 February 2026", string.Join("\n", PdfText.Pages(output)), StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_review_date_with_no_meeting_When_minutes_is_run_Then_it_lists_the_dates_and_exits_2()
    {
        using var temp = new TempFolder();
        var outcome = CliRunner.Run(temp.Path, "minutes", Repo.Sample("maisie"), "--review", "2026-01-01", "-o", temp.File("x.pdf"), "-q");

        Assert.Equal(2, outcome.ExitCode);
        // Reported where the review dates are written (the first review's "- date:"), not at the top of the file.
        var line = Array.FindIndex(File.ReadAllLines(Path.Combine(Repo.Sample("maisie"), "case.yaml")), l => l == "  - date: 2026-03-17") + 1;
        Assert.Equal($"case.yaml:{line}:3: error: reviews: There is no review meeting on 2026-01-01. Use one of: 2026-03-17, 2026-09-15.\n", outcome.Errors);
        Assert.False(File.Exists(temp.File("x.pdf")));
    }

    [Fact]
    public void Given_an_invalid_case_When_book_is_run_Then_every_problem_is_named_no_stack_trace_and_the_last_good_PDF_survives()
    {
        using var temp = new TempFolder();
        var folder = temp.CopyOf(Repo.Sample("maisie"));
        var output = temp.File("book.pdf");
        Assert.Equal(0, CliRunner.Run(temp.Path, "book", folder, "-o", output, "-q", "--today", Today).ExitCode);
        var good = File.ReadAllBytes(output);

        var yaml = Path.Combine(folder, "case.yaml");
        File.WriteAllText(yaml, File.ReadAllText(yaml).Replace("preferred_name:", "prefered_name:", StringComparison.Ordinal)
            .Replace("photos/seaside.jpg", "photos/beach.jpg", StringComparison.Ordinal));
        var outcome = CliRunner.Run(temp.Path, "book", folder, "-o", output, "-q", "--today", Today);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("error: child.prefered_name: 'prefered_name' is not a field of child. Did you mean 'preferred_name'?", outcome.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", outcome.Errors, StringComparison.Ordinal);
        Assert.Equal(good, File.ReadAllBytes(output));
        Assert.Single(Directory.GetFiles(temp.Path, "*.pdf"));
    }

    [Fact]
    public void Given_a_broken_template_override_When_book_is_run_Then_the_error_names_the_template_file_and_line()
    {
        using var temp = new TempFolder();
        var templates = Path.Combine(temp.Path, "council", "book");
        Directory.CreateDirectory(templates);
        File.WriteAllText(Path.Combine(templates, "born.sbn"), "# When I was born\n\n{{ child.nmae }}\n");
        var outcome = CliRunner.Run(temp.Path, "book", Repo.Sample("maisie"), "--templates", Path.Combine(temp.Path, "council"), "-o", temp.File("b.pdf"), "-q", "--today", Today);

        Assert.Equal(2, outcome.ExitCode);
        Assert.StartsWith("council/book/born.sbn:3:", outcome.Errors, StringComparison.Ordinal);
        Assert.Contains("nmae", outcome.Errors, StringComparison.Ordinal);
        Assert.False(File.Exists(temp.File("b.pdf")));
    }

    [Fact]
    public void Given_new_When_run_Then_the_scaffold_checks_clean_and_a_second_run_refuses_to_overwrite()
    {
        using var temp = new TempFolder();
        var first = CliRunner.Run(temp.Path, "new", "amira");
        Assert.Equal(0, first.ExitCode);
        Assert.Equal("Created amira/case.yaml\n", first.Output);

        var check = CliRunner.Run(temp.Path, "check", "amira", "--today", Today);
        Assert.Equal(0, check.ExitCode);
        // A fresh case checks clean: no errors, no jargon, and the shipped letter reads at reading age 9 or below.
        Assert.Equal("amira: 0 errors, 0 warnings\n", check.Output);
        Assert.Equal("", check.Errors);

        var second = CliRunner.Run(temp.Path, "new", "amira");
        Assert.Equal(2, second.ExitCode);
        Assert.Contains("case.yaml", second.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_missing_case_folder_When_check_is_run_Then_it_says_so_and_exits_2()
    {
        using var temp = new TempFolder();
        var outcome = CliRunner.Run(temp.Path, "check", "nobody");
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("case.yaml", outcome.Errors, StringComparison.Ordinal);
        Assert.Equal("nobody: 1 error, 0 warnings\n", outcome.Output);
    }

    [Fact]
    public void Given_an_unknown_option_When_run_Then_it_exits_1_with_usage_help()
    {
        using var temp = new TempFolder();
        var outcome = CliRunner.Run(temp.Path, "book", "somebody", "--colour");
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("--colour", outcome.Errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("book")]
    [InlineData("minutes")]
    [InlineData("check")]
    [InlineData("new")]
    public void Given_help_When_asked_for_any_command_Then_it_describes_it(string command)
    {
        using var temp = new TempFolder();
        var outcome = CliRunner.Run(temp.Path, command, "--help");
        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("Usage:", outcome.Output, StringComparison.Ordinal);
        Assert.Contains("--quiet", outcome.Output, StringComparison.Ordinal);
    }
}
