using LifeStory.Documents.Layout;
using LifeStory.Documents.Rendering;
using LifeStory.Documents.Themes;
using LifeStory.Pipeline;
using LifeStory.Tests.Documents.Layout;
using LifeStory.Tests.Support;
using SkiaSharp;
using UglyToad.PdfPig;

namespace LifeStory.Tests.Book;

/// <summary>
/// The four looks a child can choose from, and the age bands: each keeps every layout rule, draws as approved,
/// and really changes what it says it changes (paper, fonts, type size, pages).
/// </summary>
public sealed class BookLookTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    public static TheoryData<string> Looks => ["bright", "calm", "dyslexia-friendly", "teen"];

    [Theory]
    [MemberData(nameof(Looks))]
    public void Given_a_look_When_Maisies_book_is_made_Then_it_keeps_the_rules_and_draws_as_approved(string look)
    {
        using var variant = new SampleVariant("maisie", ("theme: bright", $"theme: {look}"));
        using var composition = CasePipeline.Compose(new RunRequest(Product.Book, variant.Folder, Today));
        var pages = composition.Pages!;
        LayoutInvariants.AssertHold(pages);
        Assert.Equal(look, pages.Theme.Look);
        // The cover, "All about me" and the first page of the honest part of the story.
        var why = pages.Pages.Skip(2).First(p => p.Items.OfType<TextItem>().Any(t => t.Line.Text.StartsWith("Why I live", StringComparison.Ordinal)));
        foreach (var index in new[] { 0, 2, why.Number - 1 })
        {
            using var bitmap = PngWriter.Render(pages, index, composition.Pictures, dpi: 24);
            Golden.Image($"{look}.page{index + 1:D2}", bitmap);
        }
    }

    [Fact]
    public void Given_the_dyslexia_friendly_look_Then_the_paper_is_cream_and_every_word_is_Lexend_without_italics()
    {
        using var temp = new TempFolder();
        using var variant = new SampleVariant("maisie", ("theme: bright", "theme: dyslexia_friendly"));
        var pdf = temp.File("book.pdf");
        Assert.True(CasePipeline.Run(new RunRequest(Product.Book, variant.Folder, Today, pdf)).Succeeded);

        using var document = PdfDocument.Open(pdf);
        var fonts = document.GetPages().SelectMany(p => p.Letters).Select(l => l.FontName ?? "").Distinct().ToList();
        Assert.All(fonts, f => Assert.Contains("Lexend", f, StringComparison.Ordinal));
        Assert.DoesNotContain(fonts, f => f.Contains("Italic", StringComparison.Ordinal));

        using var composition = CasePipeline.Compose(new RunRequest(Product.Book, variant.Folder, Today));
        using var page = PngWriter.Render(composition.Pages!, 2, composition.Pictures, dpi: 24);
        var corner = page.GetPixel(page.Width - 3, page.Height / 2);
        Assert.Equal(Theme.DyslexiaFriendly.Paper, corner);
        Assert.True(corner.Red > corner.Blue + 10, "Cream paper is warmer than white.");
    }

    [Fact]
    public void Given_a_favourite_colour_Then_headings_use_a_deep_shade_of_it_that_reads_on_the_paper()
    {
        foreach (var name in FavouriteColours.Names)
        {
            var theme = FavouriteColours.Apply(Theme.Book, name);
            Assert.True(Contrast(theme.Accent, theme.Paper) >= 4.5, $"{name}: {Contrast(theme.Accent, theme.Paper):0.0}:1 on white");
            Assert.True(Contrast(theme.Accent, Theme.DyslexiaFriendly.Paper) >= 4.5, $"{name} on cream");
            Assert.True(Contrast(theme.Accent, theme.CoverPaper!.Value) >= 4.5, $"{name}: the cover's title on its own tint");
            // Quieter looks keep their own palette inside and wear the child's colour on the cover.
            var calm = FavouriteColours.Apply(Theme.Calm, name);
            Assert.Equal(Theme.Calm.Accent, calm.Accent);
            Assert.Equal(theme.Accent, calm.CoverInk);
        }
        Assert.Equal(Theme.Book, FavouriteColours.Apply(Theme.Book, "sparkly"));
        Assert.NotEqual(Theme.Book.Accent, FavouriteColours.Apply(Theme.Book, "Dark Purple").Accent);
    }

    [Theory]
    [InlineData("bright", "bright")]
    [InlineData("Dyslexia Friendly", "dyslexia-friendly")]
    [InlineData("dyslexia_friendly", "dyslexia-friendly")]
    [InlineData("cream", "dyslexia-friendly")]
    [InlineData("TEEN", "teen")]
    [InlineData(" calm ", "calm")]
    public void Looks_are_found_by_name_however_typed(string typed, string look) => Assert.Equal(look, Theme.Named(typed)!.Look);

    [Fact]
    public void An_unknown_look_is_none() => Assert.Null(Theme.Named("rainbows and rabbits"));

    [Fact]
    public void Given_a_teenager_who_chose_no_look_Then_the_book_has_the_teen_look()
    {
        using var variant = new SampleVariant("yusuf", ("  theme: teen\n", ""));
        using var composition = CasePipeline.Compose(new RunRequest(Product.Book, variant.Folder, Today));
        Assert.Equal("teen", composition.Pages!.Theme.Look);
    }

    [Fact]
    public void Given_the_youngest_band_Then_type_is_bigger_and_each_part_with_a_picture_starts_its_own_page()
    {
        using var young = SampleVariant.InBand("maisie", "early_years");
        using var composition = CasePipeline.Compose(new RunRequest(Product.Book, young.Folder, Today));
        using var primary = CasePipeline.Compose(new RunRequest(Product.Book, Repo.Sample("maisie"), Today));
        var pages = composition.Pages!;
        Assert.True(pages.Theme.BodySize > primary.Pages!.Theme.BodySize * 1.2f);
        Assert.True(pages.Pages.Count > primary.Pages.Pages.Count);
        LayoutInvariants.AssertHold(pages);

        // Parts with a picture are level-2 headings (a page each); parts without one are level 3 and share pages.
        Assert.Contains("\n### Darren Walsh", composition.Markdown!, StringComparison.Ordinal);
        var parts = composition.Markdown!.Split('\n').Where(l => l.StartsWith("## ", StringComparison.Ordinal))
            .Select(l => l[3..].Trim().Replace("\\", "", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
        Assert.True(parts.Count >= 5);
        var found = 0;
        var headingSize = pages.Theme.HeadingSize(2);
        foreach (var page in pages.Pages)
        {
            var lines = page.Items.OfType<TextItem>().Where(t => t.Bounds.Top >= pages.Theme.Margin - 0.5f).OrderBy(t => t.Bounds.Top).ToList();
            for (var i = 0; i < lines.Count; i++)
            {
                // A part's heading, not a caption that happens to use the same words.
                var size = lines[i].Line.Fragments.Count > 0 ? lines[i].Line.Fragments[0].Fragment.Size : 0;
                if (!parts.Contains(lines[i].Line.Text) || Math.Abs(size - headingSize) > 0.5f) continue;
                found++;
                // The chapter's first part follows its title and a line or two rather than leave them nearly alone.
                var underTitle = lines.Take(i).Any(l => l.Line.Fragments.Count > 0 && Math.Abs(l.Line.Fragments[0].Fragment.Size - pages.Theme.HeadingSize(1)) < 0.5f);
                Assert.True(i == 0 || underTitle, $"Page {page.Number}: the part '{lines[i].Line.Text}' does not start the page.");
            }
        }
        Assert.True(found >= parts.Count - 1, $"Found {found} of {parts.Count} parts at the top of a page.");
    }

    [Theory]
    [InlineData("maisie", "early_years")]
    [InlineData("maisie", "teen")]
    public void Given_another_age_band_When_the_book_is_made_Then_every_page_reads_as_approved(string sample, string band)
    {
        using var temp = new TempFolder();
        using var variant = SampleVariant.InBand(sample, band);
        var pdf = temp.File("book.pdf");
        var result = CasePipeline.Run(new RunRequest(Product.Book, variant.Folder, Today, pdf));
        Assert.True(result.Succeeded, string.Join("\n", result.Findings));
        var pages = PdfText.Pages(pdf);
        Golden.Text($"{sample}.{band}", string.Join("\n", pages.Select((page, i) => $"--- page {i + 1} of {pages.Count} ---\n{page}")));
    }

    private static double Contrast(SKColor a, SKColor b)
    {
        static double Channel(byte c)
        {
            var s = c / 255.0;
            return s <= 0.03928 ? s / 12.92 : Math.Pow((s + 0.055) / 1.055, 2.4);
        }
        static double Luminance(SKColor c) => 0.2126 * Channel(c.Red) + 0.7152 * Channel(c.Green) + 0.0722 * Channel(c.Blue);
        var (l1, l2) = (Luminance(a), Luminance(b));
        return (Math.Max(l1, l2) + 0.05) / (Math.Min(l1, l2) + 0.05);
    }
}
