using LifeStory.Pipeline;
using LifeStory.Tests.Support;

namespace LifeStory.Tests.Languages;

/// <summary>
/// The review letter with --language: the fixed words in the language (the case's own text as written), a mark on
/// every page until a qualified translator has checked the catalogue, and the HTML saying its language and direction.
/// </summary>
public sealed class LanguageLetterTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Theory]
    [InlineData("yusuf", "ar")]
    [InlineData("maisie", "ar")]
    [InlineData("maisie", "pl")]
    public void Given_a_language_When_the_letter_is_made_Then_its_Markdown_reads_as_approved(string sample, string language)
    {
        using var composition = CasePipeline.Compose(new RunRequest(Product.Minutes, Repo.Sample(sample), Today) { Language = language });
        Assert.False(composition.Findings.Any(f => f.IsError), string.Join("\n", composition.Findings));
        Assert.Equal(language, composition.Pages!.Info.Language);
        Golden.Text($"{sample}.{language}", composition.Markdown!);
    }

    [Theory]
    [InlineData("maisie", "ar")]
    [InlineData("maisie", "pl")]
    public void Given_a_language_When_the_later_life_letter_is_made_Then_its_Markdown_reads_as_approved(string sample, string language)
    {
        using var composition = CasePipeline.Compose(new RunRequest(Product.LaterLifeLetter, Repo.Sample(sample), Today) { Language = language });
        Assert.False(composition.Findings.Any(f => f.IsError), string.Join("\n", composition.Findings));
        Golden.Text($"later-life.{sample}.{language}", composition.Markdown!);
    }

    [Theory]
    [InlineData("yusuf", "ar")]
    [InlineData("maisie", "pl")]
    public void Given_a_language_When_the_easy_read_letter_is_made_Then_its_Markdown_reads_as_approved(string sample, string language)
    {
        using var composition = CasePipeline.Compose(new RunRequest(Product.Minutes, Repo.Sample(sample), Today, Reader: LifeStory.Cases.Model.Audience.Parents)
        {
            Language = language, EasyRead = true,
        });
        Assert.False(composition.Findings.Any(f => f.IsError), string.Join("\n", composition.Findings));
        Assert.DoesNotMatch(@"\[[a-z_]+\]", composition.Markdown!);
        Golden.Text($"easy-read.{sample}.{language}", composition.Markdown!);
    }

    [Fact]
    public void Given_no_language_Then_the_letter_is_English_left_to_right_as_before()
    {
        using var composition = CasePipeline.Compose(new RunRequest(Product.Minutes, Repo.Sample("yusuf"), Today));
        Assert.Equal("en", composition.Pages!.Info.Language);
        Assert.False(composition.Pages.Info.RightToLeft);
        Assert.DoesNotContain(CasePipeline.NotCheckedWords, composition.Pages.Info.Watermark ?? "", StringComparison.Ordinal);
        Assert.StartsWith("# Dear Yusuf,", composition.Markdown!.TrimStart(), StringComparison.Ordinal);
    }

    [Fact]
    public void Given_an_unchecked_translation_Then_every_page_says_so_until_the_council_records_who_checked_it()
    {
        using var temp = new TempFolder();
        var pdf = temp.File("letter-ar.pdf");
        var result = CasePipeline.Run(new RunRequest(Product.Minutes, Repo.Sample("yusuf"), Today, pdf) { Language = "ar" });
        Assert.True(result.Succeeded, string.Join("\n", result.Findings));
        Assert.True(result.TranslationNotChecked);
        var pages = PdfText.Pages(pdf);
        Assert.True(pages.Count >= 2);
        Assert.All(pages, page => Assert.Contains(CasePipeline.NotCheckedWords, page, StringComparison.Ordinal));

        // The council's own catalogue, holding only who checked it and when.
        var templates = Directory.CreateDirectory(temp.File("council")).FullName;
        Directory.CreateDirectory(Path.Combine(templates, "languages"));
        File.WriteAllText(Path.Combine(templates, "languages", "ar.yaml"), "checked_by: \"Huda Saleh, qualified translator\"\nchecked_on: 2026-11-30\n");
        var checkedPdf = temp.File("letter-ar-checked.pdf");
        var checkedResult = CasePipeline.Run(new RunRequest(Product.Minutes, Repo.Sample("yusuf"), Today, checkedPdf, templates) { Language = "ar" });
        Assert.True(checkedResult.Succeeded, string.Join("\n", checkedResult.Findings));
        Assert.False(checkedResult.TranslationNotChecked);
        Assert.All(PdfText.Pages(checkedPdf), page => Assert.DoesNotContain(CasePipeline.NotCheckedWords, page, StringComparison.Ordinal));
    }

    [Fact]
    public void Given_a_signed_review_in_an_unchecked_translation_Then_it_is_final_but_still_marked_in_both_languages()
    {
        using var temp = new TempFolder();
        var pdf = temp.File("letter-pl.pdf");
        var result = CasePipeline.Run(new RunRequest(Product.Minutes, Repo.Sample("yusuf"), Today, pdf) { Language = "pl" });
        Assert.True(result.Succeeded, string.Join("\n", result.Findings));
        Assert.False(result.Draft);
        Assert.All(PdfText.Pages(pdf), page => Assert.Contains(CasePipeline.NotCheckedWords, page, StringComparison.Ordinal));
        Assert.All(PdfText.Pages(pdf), page => Assert.Contains("Tłumaczenie jeszcze niesprawdzone", page, StringComparison.Ordinal));
    }

    [Fact]
    public void Given_Arabic_When_the_letter_is_written_as_HTML_Then_the_page_is_Arabic_right_to_left_and_the_English_case_text_says_so()
    {
        using var temp = new TempFolder();
        var file = temp.File("letter.html");
        var result = CasePipeline.Run(new RunRequest(Product.Minutes, Repo.Sample("yusuf"), Today, file, Format: OutputFormat.Html) { Language = "ar" });
        Assert.True(result.Succeeded, string.Join("\n", result.Findings));
        var html = File.ReadAllText(file);
        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", html, StringComparison.Ordinal);
        // The case's own words stay in English in this version: each run of them is marked as English, left to right.
        Assert.Contains("<span lang=\"en\" dir=\"ltr\">Margaret Evans</span>", html, StringComparison.Ordinal);
        Assert.Contains("عزيزي", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_language_Then_the_file_sits_beside_the_English_one()
    {
        using var temp = new TempFolder();
        var folder = temp.CopyOf(Repo.Sample("yusuf"));
        var english = CasePipeline.Run(new RunRequest(Product.Minutes, folder, Today));
        var arabic = CasePipeline.Run(new RunRequest(Product.Minutes, folder, Today) { Language = "ar" });
        Assert.Equal("review-letter-2026-08-12.pdf", Path.GetFileName(english.OutputPath));
        Assert.Equal("review-letter-2026-08-12-ar.pdf", Path.GetFileName(arabic.OutputPath));
    }

    [Fact]
    public void Given_a_language_without_a_catalogue_Then_nothing_is_written_and_the_error_names_the_ones_there_are()
    {
        var result = CasePipeline.Run(new RunRequest(Product.Minutes, Repo.Sample("yusuf"), Today, Path.Combine(Path.GetTempPath(), "never.pdf")) { Language = "xx" });
        Assert.False(result.Succeeded);
        Assert.Contains(result.Findings, f => f is { Code: "no-catalogue", IsError: true } && f.Fix!.Contains("ar", StringComparison.Ordinal));
    }
}
