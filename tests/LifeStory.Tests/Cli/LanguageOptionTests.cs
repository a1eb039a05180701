using LifeStory.Tests.Support;

namespace LifeStory.Tests.Cli;

/// <summary>--language on the command line: the document in that language beside the English one, and check naming a catalogue's gaps.</summary>
public sealed class LanguageOptionTests
{
    private const string Today = "2026-11-23";

    [Fact]
    public void Given_language_ar_When_minutes_are_made_as_Markdown_Then_the_letter_is_in_Arabic_and_the_worker_is_told_it_is_unchecked()
    {
        using var temp = new TempFolder();
        var folder = temp.CopyOf(Repo.Sample("yusuf"));
        var outcome = CliRunner.Run(temp.Path, "minutes", folder, "--language", "ar", "--format", "md", "--today", Today);
        Assert.Equal(0, outcome.ExitCode);
        var written = Path.Combine(folder, "output", "review-letter-2026-08-12-ar.md");
        Assert.StartsWith("# عزيزي Yusuf،", File.ReadAllText(written), StringComparison.Ordinal);
        Assert.Contains("Translation not yet checked", outcome.Output + outcome.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_started_language_When_the_case_is_checked_Then_the_missing_keys_and_the_file_are_named()
    {
        using var temp = new TempFolder();
        var outcome = CliRunner.Run(temp.Path, "check", Repo.Sample("yusuf"), "--language", "ti", "--today", Today);
        Assert.Equal(0, outcome.ExitCode);
        var said = outcome.Output + outcome.Errors;
        Assert.Contains(Path.Combine("templates", "languages", "ti.yaml"), said, StringComparison.Ordinal);
        Assert.Contains("iro_title", said, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_language_with_no_catalogue_When_a_book_is_asked_for_Then_nothing_is_written_and_the_languages_there_are_are_named()
    {
        using var temp = new TempFolder();
        var outcome = CliRunner.Run(temp.Path, "book", Repo.Sample("yusuf"), "--language", "xx", "-o", temp.File("book.pdf"), "--today", Today);
        Assert.NotEqual(0, outcome.ExitCode);
        Assert.Contains("ar, ckb, en, pl", outcome.Output + outcome.Errors, StringComparison.Ordinal);
        Assert.False(File.Exists(temp.File("book.pdf")));
    }
}
