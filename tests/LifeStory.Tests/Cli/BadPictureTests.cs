using LifeStory.Tests.Support;

namespace LifeStory.Tests.Cli;

/// <summary>A bad photo stops the book and names the file; with --skip-bad-pictures the book is made with a placeholder.</summary>
public sealed class BadPictureTests
{
    private const string Today = "2026-11-23";

    [Fact]
    public void Given_an_empty_photo_When_book_is_run_Then_it_names_the_file_exits_2_and_writes_nothing()
    {
        using var temp = new TempFolder();
        var folder = temp.CopyOf(Repo.Sample("maisie"));
        File.WriteAllBytes(Path.Combine(folder, "photos", "seaside.jpg"), []);

        var outcome = CliRunner.Run(temp.Path, "book", folder, "--today", Today);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("error: photos[6].file: 'photos/seaside.jpg' is empty (0 bytes). Copy the photo again from the phone or camera.",
            outcome.Errors, StringComparison.Ordinal);
        Assert.Equal("", outcome.Output);
        Assert.False(Directory.Exists(Path.Combine(folder, "output")) && Directory.EnumerateFiles(Path.Combine(folder, "output")).Any());
    }

    [Fact]
    public void Given_an_empty_photo_When_book_is_run_with_skip_bad_pictures_Then_the_book_has_a_placeholder_and_the_skip_is_summarised()
    {
        using var temp = new TempFolder();
        var folder = temp.CopyOf(Repo.Sample("maisie"));
        File.WriteAllBytes(Path.Combine(folder, "photos", "seaside.jpg"), []);

        var outcome = CliRunner.Run(temp.Path, "book", folder, "--today", Today, "--skip-bad-pictures");

        Assert.Equal(0, outcome.ExitCode);
        var pdf = Path.Combine(folder, "output", "life-story-book.pdf");
        Assert.True(File.Exists(pdf));
        Assert.Contains("warning: photos[6].file: 'photos/seaside.jpg' is empty (0 bytes).", outcome.Errors, StringComparison.Ordinal);
        Assert.Contains("Skipped 1 picture: photos/seaside.jpg\n", outcome.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("was not found", outcome.Errors, StringComparison.Ordinal);
        Assert.Contains("A picture will go here", string.Join("\n", PdfText.Pages(pdf)), StringComparison.Ordinal);
    }

    [Fact]
    public void Given_two_bad_photos_When_book_is_run_with_skip_bad_pictures_Then_the_summary_lists_both_in_case_order()
    {
        using var temp = new TempFolder();
        var folder = temp.CopyOf(Repo.Sample("maisie"));
        File.WriteAllBytes(Path.Combine(folder, "photos", "seaside.jpg"), []);
        File.WriteAllText(Path.Combine(folder, "photos", "baby-maisie.jpg"), "not a photo");

        var outcome = CliRunner.Run(temp.Path, "book", folder, "-o", temp.File("book.pdf"), "--today", Today, "--skip-bad-pictures");

        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("Skipped 2 pictures: photos/baby-maisie.jpg, photos/seaside.jpg\n", outcome.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_an_empty_photo_When_minutes_is_run_Then_skip_bad_pictures_decides_whether_it_stops()
    {
        using var temp = new TempFolder();
        var folder = temp.CopyOf(Repo.Sample("maisie"));
        File.WriteAllBytes(Path.Combine(folder, "photos", "seaside.jpg"), []);

        var stopped = CliRunner.Run(temp.Path, "minutes", folder, "-o", temp.File("a.pdf"), "-q", "--today", Today);
        var skipped = CliRunner.Run(temp.Path, "minutes", folder, "-o", temp.File("b.pdf"), "-q", "--today", Today, "--skip-bad-pictures");

        Assert.Equal(2, stopped.ExitCode);
        Assert.Contains("'photos/seaside.jpg' is empty (0 bytes).", stopped.Errors, StringComparison.Ordinal);
        Assert.False(File.Exists(temp.File("a.pdf")));
        Assert.Equal(0, skipped.ExitCode);
        Assert.True(File.Exists(temp.File("b.pdf")));
    }
}
