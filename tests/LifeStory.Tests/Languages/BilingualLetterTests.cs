using LifeStory.Documents.Layout;
using LifeStory.Pipeline;
using LifeStory.Tests.Documents.Layout;
using LifeStory.Tests.Support;

namespace LifeStory.Tests.Languages;

/// <summary>
/// --bilingual: the letter part by part, each in English and then in the other language, so a carer and a child who
/// read different languages read the same page; the other language's parts start at the right when its script does.
/// </summary>
public sealed class BilingualLetterTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Fact]
    public void Given_Yusufs_letter_in_English_and_Arabic_When_made_Then_each_part_is_in_English_then_Arabic_as_approved()
    {
        using var composition = CasePipeline.Compose(new RunRequest(Product.Minutes, Repo.Sample("yusuf"), Today) { Bilingual = "ar" });

        Assert.False(composition.Findings.Any(f => f.IsError), string.Join("\n", composition.Findings));
        Assert.Equal("review-letter-2026-08-12-en-ar.pdf", composition.FileName);
        Golden.Text("yusuf.en-ar", composition.Markdown!);
        var headings = composition.Markdown!.Split('\n').Where(l => l.StartsWith("# ", StringComparison.Ordinal) || l.StartsWith("## ", StringComparison.Ordinal)).ToList();
        Assert.Equal(["# Dear Yusuf,", "# عزيزي Yusuf،", "## Who came", "## من حضر"], headings.Take(4));
        LayoutInvariants.AssertHold(composition.Pages!);
    }

    [Fact]
    public void Given_the_bilingual_letter_When_printed_Then_every_page_says_the_translation_is_not_checked_and_an_Arabic_part_starts_at_the_right()
    {
        using var temp = new TempFolder();
        var pdf = temp.File("letter.pdf");
        var result = CasePipeline.Run(new RunRequest(Product.Minutes, Repo.Sample("yusuf"), Today, pdf) { Bilingual = "ar" });
        using var composition = CasePipeline.Compose(new RunRequest(Product.Minutes, Repo.Sample("yusuf"), Today) { Bilingual = "ar" });

        Assert.True(result.Succeeded && result.TranslationNotChecked, string.Join("\n", result.Findings));
        Assert.All(PdfText.Pages(pdf), page => Assert.Contains(CasePipeline.NotCheckedWords, page, StringComparison.Ordinal));
        var pages = composition.Pages!;
        var lines = pages.Pages[0].Items.OfType<TextItem>().ToList();
        var english = lines.First(t => Text(t).StartsWith("My name is", StringComparison.Ordinal));
        var arabic = lines.First(t => Text(t).Contains("اجتماعاتك", StringComparison.Ordinal));
        var right = pages.Theme.Page.Width - pages.Theme.Margin;
        Assert.True(Math.Abs(english.Bounds.Left + english.Line.Offset - pages.Theme.Margin) < 1, "the English starts at the left margin");
        Assert.True(Math.Abs(arabic.Bounds.Left + arabic.Line.Offset + arabic.Line.Width - right) < 1, "the Arabic ends at the right margin, where it starts");
        // Its words keep their spaces: a space glyph between each pair of words on the line.
        Assert.Equal(Text(arabic).Split(' ', StringSplitOptions.RemoveEmptyEntries).Length - 1, Text(arabic).Count(c => c == ' '));
    }

    [Fact]
    public void Given_parts_that_do_not_match_When_interleaved_Then_the_whole_English_comes_first_and_then_the_whole_other()
    {
        var english = "# Dear Sam,\n\nHello.\n\n## Who came\n\n- Jo\n";
        var other = "# Drogi Samie,\n\nCześć.\n";
        Assert.Equal("# Dear Sam,\n\nHello.\n\n## Who came\n\n- Jo\n\n# Drogi Samie,\n\nCześć.\n", Bilingual.Interleave(english, other));
        Assert.Equal("# Dear Sam,\n\n# Drogi Samie,\n\n## Who came\n\n## Kto przyszedł\n\n",
            Bilingual.Interleave("# Dear Sam,\n## Who came\n", "# Drogi Samie,\n## Kto przyszedł\n"));
    }

    private static string Text(TextItem item) => item.Line.Text;
}
