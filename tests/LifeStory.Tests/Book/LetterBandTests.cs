using LifeStory.Documents.Layout;
using LifeStory.Pipeline;
using LifeStory.Tests.Support;

namespace LifeStory.Tests.Book;

/// <summary>
/// The review letter in each age band: under 8, faces for who came and on the scale and fewer words; older,
/// the lists and the full danger statements. One or two pages for a child under 12.
/// </summary>
public sealed class LetterBandTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Theory]
    [InlineData("maisie", "early_years")]
    [InlineData("maisie", "teen")]
    [InlineData("yusuf", "primary")]
    public void Given_an_age_band_When_the_letter_is_made_Then_every_page_reads_as_approved(string sample, string band)
    {
        using var temp = new TempFolder();
        using var variant = SampleVariant.InBand(sample, band);
        var pdf = temp.File("letter.pdf");
        var result = CasePipeline.Run(new RunRequest(Product.Minutes, variant.Folder, Today, pdf));
        Assert.True(result.Succeeded, string.Join("\n", result.Findings));
        var pages = PdfText.Pages(pdf);
        Golden.Text($"{sample}.{band}", string.Join("\n", pages.Select((page, i) => $"--- page {i + 1} of {pages.Count} ---\n{page}")));
    }

    [Fact]
    public void Given_a_child_under_eight_Then_the_letter_shows_faces_and_fits_two_pages()
    {
        using var composition = CasePipeline.Compose(new RunRequest(Product.Minutes, Repo.Sample("maisie"), Today));
        var items = composition.Pages!.Pages.SelectMany(p => p.Items).ToList();
        Assert.True(composition.Pages.Pages.Count <= 2);
        Assert.Contains(items, i => i is MotifItem { Motif: LifeStory.Documents.Decorations.Motif.HappyFace });
        Assert.Contains(items, i => i is MotifItem { Motif: LifeStory.Documents.Decorations.Motif.SadFace });
        // Mum Kelly's photo is on her card; people without one get their initial.
        Assert.Contains(items, i => i is PictureItem p && p.Source.Contains("first-steps", StringComparison.Ordinal));
        Assert.DoesNotContain("If nothing changes", composition.Markdown!, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_teenager_Then_the_letter_keeps_the_lists_and_the_whole_danger_statement()
    {
        using var composition = CasePipeline.Compose(new RunRequest(Product.Minutes, Repo.Sample("yusuf"), Today));
        Assert.DoesNotContain("::: family-tree", composition.Markdown!, StringComparison.Ordinal);
        Assert.DoesNotContain(composition.Pages!.Pages.SelectMany(p => p.Items), i => i is MotifItem);
        Assert.Contains("If nothing changes", composition.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_letter_opens_only_the_pictures_it_can_print()
    {
        using var temp = new TempFolder();
        var folder = temp.CopyOf(Repo.Sample("maisie"));
        // A drawing the letter never prints, broken: the book must refuse it, the letter need not look at it.
        File.WriteAllBytes(Path.Combine(folder, "drawings", "my-family.png"), [0x89, 0x50, 0x4E, 0x47, 1, 2, 3]);
        Assert.False(Directory.Exists(Path.Combine(folder, ".lifestory-cache")), "a copied case starts with no remembered picture checks");
        Assert.True(CasePipeline.Run(new RunRequest(Product.Minutes, folder, Today, temp.File("letter.pdf"))).Succeeded);
        var book = CasePipeline.Run(new RunRequest(Product.Book, folder, Today, temp.File("book.pdf")));
        Assert.False(book.Succeeded);
        Assert.Contains(book.Findings, f => f.Field == "drawings[0].file" && f.IsError);
    }
}
