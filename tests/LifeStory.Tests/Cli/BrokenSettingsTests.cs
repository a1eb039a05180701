using LifeStory.Tests.Support;

namespace LifeStory.Tests.Cli;

/// <summary>
/// A council's settings or word-list file with a mistake in it is reported like a mistake in a case: its file, its
/// line, what is wrong and how to put it right, exit 2, nothing written and no "something went wrong".
/// </summary>
public sealed class BrokenSettingsTests
{
    [Fact]
    public void Given_a_timescale_nobody_can_count_When_checked_or_a_letter_is_made_Then_the_file_and_line_are_named_and_nothing_is_written()
    {
        using var templates = new TempFolder();
        Directory.CreateDirectory(templates.File("settings"));
        var shipped = File.ReadAllText(Path.Combine(Repo.Root, "templates", "settings", "review-timescales.yaml"));
        var broken = shipped.Replace("within: 5 working days", "within: soon", StringComparison.Ordinal);
        Assert.NotEqual(shipped, broken);
        File.WriteAllText(templates.File("settings/review-timescales.yaml"), broken);
        var line = Array.FindIndex(broken.Split('\n'), l => l.Contains("within: soon", StringComparison.Ordinal)) + 1;
        var where = $"review-timescales.yaml:{line}:1: error: 'soon' is not a length of time LifeStory understands";
        using var output = new TempFolder();

        var check = CliRunner.Run(Repo.Root, "check", Repo.Sample("maisie"), "--today", "2026-11-23", "--templates", templates.Path);
        Assert.Equal(2, check.ExitCode);
        Assert.Contains(where, check.Output + check.Errors, StringComparison.Ordinal);
        Assert.Contains("take the file out of your templates folder", check.Output + check.Errors, StringComparison.Ordinal);

        Assert.DoesNotContain("Something went wrong", check.Output + check.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", check.Output + check.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_support_list_naming_a_situation_LifeStory_does_not_know_When_a_book_is_made_Then_its_line_is_named_and_nothing_is_written()
    {
        using var templates = new TempFolder();
        Directory.CreateDirectory(templates.File("settings"));
        var shipped = File.ReadAllText(Path.Combine(Repo.Root, "templates", "settings", "support.yaml"));
        var broken = shipped.Replace("for: bereavement", "for: sadness", StringComparison.Ordinal);
        Assert.NotEqual(shipped, broken);
        File.WriteAllText(templates.File("settings/support.yaml"), broken);
        using var output = new TempFolder();

        var book = CliRunner.Run(Repo.Root, "book", Repo.Sample("maisie"), "--today", "2026-11-23", "--templates", templates.Path,
            "--output", Path.Combine(output.Path, "book.pdf"));

        Assert.Equal(2, book.ExitCode);
        Assert.Matches(@"support\.yaml:\d+:1: error: 'sadness' is not a situation LifeStory knows", book.Output + book.Errors);
        Assert.DoesNotContain("Something went wrong", book.Output + book.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", book.Output + book.Errors, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFiles(output.Path));
    }

    [Fact]
    public void Given_a_jargon_list_that_is_not_YAML_When_checked_Then_its_line_is_named()
    {
        using var templates = new TempFolder();
        Directory.CreateDirectory(templates.File("words"));
        File.WriteAllText(templates.File("words/jargon.yaml"), "terms:\n  - term: placement\n    instead: [home\n");

        var check = CliRunner.Run(Repo.Root, "check", Repo.Sample("maisie"), "--today", "2026-11-23", "--templates", templates.Path);

        Assert.Equal(2, check.ExitCode);
        Assert.Matches(@"jargon\.yaml:[34]:1: error: is not valid YAML", check.Output + check.Errors);
    }
}
