using LifeStory.Documents.Rendering;
using LifeStory.Pipeline;
using LifeStory.Tests.Support;

namespace LifeStory.Tests.Samples;

/// <summary>
/// The sample children's books and letters, end to end: page count, the text of every page read back
/// from the PDF, and every page drawn to PNG and compared with its approved image.
/// </summary>
public sealed class SampleOutputTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    public static TheoryData<string, Product> Outputs => new()
    {
        { "maisie", Product.Book },
        { "maisie", Product.Minutes },
        { "yusuf", Product.Book },
        { "yusuf", Product.Minutes },
        { "maisie", Product.LaterLifeLetter },
        { "yusuf", Product.PathwayPlan },
    };

    [Theory]
    [MemberData(nameof(Outputs))]
    public void Given_a_sample_child_When_the_output_is_made_Then_every_page_reads_as_approved(string child, Product product)
    {
        using var temp = new TempFolder();
        var pdf = temp.File("out.pdf");
        var result = CasePipeline.Run(new RunRequest(product, Repo.Sample(child), Today, pdf));

        Assert.True(result.Succeeded, string.Join("\n", result.Findings));
        Assert.Empty(result.Findings);
        var pages = PdfText.Pages(pdf);
        Assert.Equal(result.PageCount, pages.Count);
        var text = string.Join("\n", pages.Select((page, i) => $"--- page {i + 1} of {pages.Count} ---\n{page}"));
        Golden.Text($"{child}.{product}", PdfText.Metadata(pdf) + "\n" + text);
    }

    [Theory]
    [InlineData("maisie", LifeStory.Cases.Model.Audience.Parents)]
    [InlineData("maisie", LifeStory.Cases.Model.Audience.Carers)]
    [InlineData("maisie", LifeStory.Cases.Model.Audience.Record)]
    [InlineData("yusuf", LifeStory.Cases.Model.Audience.Parents)]
    [InlineData("yusuf", LifeStory.Cases.Model.Audience.Carers)]
    [InlineData("yusuf", LifeStory.Cases.Model.Audience.Record)]
    public void Given_another_reader_When_the_letter_is_made_Then_their_copy_reads_as_approved(string child, LifeStory.Cases.Model.Audience reader)
    {
        using var temp = new TempFolder();
        var pdf = temp.File("out.pdf");
        var result = CasePipeline.Run(new RunRequest(Product.Minutes, Repo.Sample(child), Today, pdf, Reader: reader));

        Assert.True(result.Succeeded, string.Join("\n", result.Findings));
        Assert.Empty(result.Findings);
        var pages = PdfText.Pages(pdf);
        var text = string.Join("\n", pages.Select((page, i) => $"--- page {i + 1} of {pages.Count} ---\n{page}"));
        Golden.Text($"{child}.Minutes.{reader}", PdfText.Metadata(pdf) + "\n" + text);
    }

    [Theory]
    [MemberData(nameof(Outputs))]
    public void Given_a_sample_child_When_pages_are_drawn_Then_each_looks_as_approved(string child, Product product)
    {
        using var composition = CasePipeline.Compose(new RunRequest(product, Repo.Sample(child), Today));
        var pages = composition.Pages!;
        for (var i = 0; i < pages.Pages.Count; i++)
        {
            using var bitmap = PngWriter.Render(pages, i, composition.Pictures, dpi: 24);
            Golden.Image($"{child}.{product}.page{i + 1:D2}", bitmap);
        }
    }

    [Theory]
    [MemberData(nameof(Outputs))]
    public void Given_a_sample_child_When_laid_out_on_any_paper_Then_nothing_leaves_the_printable_area_and_no_lines_overlap(string child, Product product)
    {
        foreach (var paper in new[] { LifeStory.Documents.Themes.PageSize.A4, LifeStory.Documents.Themes.PageSize.A5, LifeStory.Documents.Themes.PageSize.Letter })
        {
            using var composition = CasePipeline.Compose(new RunRequest(product, Repo.Sample(child), Today, Layout: new PageLayout(paper, Duplex: true)));
            LifeStory.Tests.Documents.Layout.LayoutInvariants.AssertHold(composition.Pages!);
        }
    }

    [Theory]
    [MemberData(nameof(Outputs))]
    public void Given_the_same_case_When_made_twice_Then_the_PDF_bytes_are_identical(string child, Product product)
    {
        using var temp = new TempFolder();
        CasePipeline.Run(new RunRequest(product, Repo.Sample(child), Today, temp.File("a.pdf")));
        CasePipeline.Run(new RunRequest(product, Repo.Sample(child), Today, temp.File("b.pdf")));
        Assert.Equal(File.ReadAllBytes(temp.File("a.pdf")), File.ReadAllBytes(temp.File("b.pdf")));
    }
}
