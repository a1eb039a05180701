using System.Text.RegularExpressions;
using LifeStory.Documents.Layout;
using LifeStory.Documents.Model;
using LifeStory.Documents.Pictures;
using LifeStory.Documents.Rendering;
using LifeStory.Documents.Rendering.Fonts;
using LifeStory.Documents.Text;
using LifeStory.Documents.Themes;
using LifeStory.Pipeline;
using LifeStory.Tests.Documents.Layout;
using LifeStory.Tests.Support;
using SkiaSharp;
using UglyToad.PdfPig;

namespace LifeStory.Tests.Documents.Rendering;

/// <summary>
/// PDFs embed subsets of the fonts, not whole font files: small files that still read and draw exactly as
/// they would with the whole fonts.
/// </summary>
public sealed partial class FontSubsetTests : IDisposable
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    // Arabic needs joining forms and ligatures (glyphs with no character of their own); "office" has an
    // "ffi" ligature in the body font; 漢 is in no font, so it draws as the body font's .notdef box.
    private static readonly Document Mixed = new(new DocumentInfo("Yusuf"),
    [
        new HeadingBlock(1, [new Inline("About me")]),
        new ParagraphBlock([new Inline("اسمي يوسف. أحب كرة القدم والرسم، وأعيش مع عائلة طيبة في مدينة جديدة. لا إله إلا الله")]),
        new ParagraphBlock([new Inline("My friend "), new Inline("مريم", InlineStyle.Bold), new Inline(" works at the office. 漢")]),
    ]);

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Given_the_sample_letter_When_made_Then_the_pdf_is_under_100_KB()
    {
        var pdf = _folder.File("letter.pdf");

        var result = CasePipeline.Run(new RunRequest(Product.Minutes, Repo.Sample("maisie"), Today, pdf));

        Assert.True(result.Succeeded, string.Join("\n", result.Findings));
        var size = new FileInfo(pdf).Length;
        Assert.True(size < 100_000, $"The {result.PageCount}-page letter is {size:N0} bytes; it should be under 100 KB.");
    }

    [Theory]
    [InlineData("maisie")]
    [InlineData("yusuf")]
    public void Given_a_sample_letter_When_written_with_font_subsets_Then_it_reads_as_with_whole_fonts(string child)
    {
        using var composition = CasePipeline.Compose(new RunRequest(Product.Minutes, Repo.Sample(child), Today));
        var (whole, subset) = WriteBoth(composition.Pages!, composition.Pictures);

        Assert.Equal(PdfText.Pages(whole), PdfText.Pages(subset));
        Assert.True(new FileInfo(subset).Length * 2 < new FileInfo(whole).Length,
            $"Subsets saved too little: {new FileInfo(subset).Length:N0} bytes against {new FileInfo(whole).Length:N0}.");
    }

    [Fact]
    public void Given_a_sample_letter_When_written_Then_each_embedded_font_program_is_a_small_part_of_its_font_file()
    {
        using var composition = CasePipeline.Compose(new RunRequest(Product.Minutes, Repo.Sample("maisie"), Today));
        var (whole, subset) = WriteBoth(composition.Pages!, composition.Pictures);

        // /Length1 is the size of a FontFile2 font program before compression: with whole fonts, the font file.
        var wholeSizes = FontProgramSizes(whole);
        var subsetSizes = FontProgramSizes(subset);
        var fontFiles = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "fonts"), "*.ttf").Select(f => (int)new FileInfo(f).Length);
        Assert.NotEmpty(wholeSizes);
        Assert.All(wholeSizes, size => Assert.Contains(size, fontFiles));
        Assert.Equal(wholeSizes.Count, subsetSizes.Count);
        Assert.All(wholeSizes.Zip(subsetSizes), pair => Assert.True(pair.Second * 3 < pair.First,
            $"A font program of {pair.Second:N0} bytes is not much smaller than its {pair.First:N0}-byte font file."));
    }

    [Fact]
    public void Given_Arabic_and_English_text_When_written_with_font_subsets_Then_every_letter_reads_and_sits_as_with_whole_fonts()
    {
        var laid = LayoutEngine.Layout(Mixed, Theme.Letter, FontLibrary.Default, NoPictures.Instance);
        var (whole, subset) = WriteBoth(laid, NoPictures.Instance);

        var expected = Letters(whole);
        var actual = Letters(subset);
        Assert.Equal(expected, actual);
        // Noto Sans Arabic maps its joining forms to the presentation-form code points, so that is what reads back.
        Assert.True(actual.Count(l => l.Value.Any(c => c is >= '\u0600' and <= '\u06FF' or >= '\uFB50' and <= '\uFEFF')) > 30,
            "The Arabic letters did not read back: " + string.Concat(actual.Select(l => l.Value)));
        Assert.Contains(actual, l => l.Font.Contains("NotoSansArabic-Bold", StringComparison.Ordinal));
        Assert.Equal(PdfText.Pages(whole), PdfText.Pages(subset));
    }

    [Fact]
    public void Given_Arabic_and_English_text_When_subset_Then_every_drawn_glyph_has_the_same_outline_and_advance_as_in_the_whole_font()
    {
        var laid = LayoutEngine.Layout(Mixed, Theme.Letter, FontLibrary.Default, NoPictures.Instance);
        using var typefaces = SubsetTypefaces.Build(laid);

        var fragments = Fragments(laid);
        Assert.Contains(fragments, f => f.Glyphs.Contains((ushort)0));
        var checkedGlyphs = 0;
        foreach (var fragment in fragments)
        {
            var subsetTypeface = typefaces.For(fragment);
            Assert.NotSame(fragment.Face.Typeface, subsetTypeface);
            // Unhinted, as Skia's PDF writer reads them: the subset leaves out the hinting programs, which only
            // a screen rasteriser at small sizes would run (and which made up much of each embedded font).
            using var full = new SKFont(fragment.Face.Typeface, 100) { Hinting = SKFontHinting.None };
            using var cut = new SKFont(subsetTypeface, 100) { Hinting = SKFontHinting.None };
            Assert.DoesNotContain(subsetTypeface.GetTableTags(), tag => tag == Fpgm || tag == Prep || tag == Cvt);
            foreach (var glyph in fragment.Glyphs)
            {
                Assert.InRange(GlyphCoverage.DifferingPixels(full, cut, glyph), 0, GlyphCoverage.SameLetter);
                Assert.Equal(full.GetGlyphWidths([glyph])[0], cut.GetGlyphWidths([glyph])[0]);
                checkedGlyphs++;
            }
        }
        Assert.True(checkedGlyphs > 100, $"Only {checkedGlyphs} glyphs were checked.");
    }

    private static readonly uint Fpgm = Tag("fpgm"), Prep = Tag("prep"), Cvt = Tag("cvt ");

    private static uint Tag(string name) => (uint)(name[0] << 24 | name[1] << 16 | name[2] << 8 | name[3]);

    [Fact]
    public void Given_a_font_When_subset_to_a_few_glyphs_Then_the_file_is_small_and_glyph_ids_keep_their_numbers()
    {
        // The Arabic face: after the body font come plain digits and then the scripts it lacks.
        var face = FontLibrary.Default.Chain(FontRole.Body, InlineStyle.None).First(f => f.Covers(0x0627));
        var glyphs = Enumerable.Range(0x0627, 10).Select(c => face.Shaping.TryGetGlyph(c, out var g) ? (ushort)g : (ushort)0).ToList();

        var bytes = FontSubsetter.Subset(face.HarfBuzzFace, glyphs);

        Assert.NotNull(bytes);
        Assert.True(bytes.Length * 10 < new FileInfo(face.Path).Length, $"The subset is {bytes.Length:N0} bytes.");
        using var data = SKData.CreateCopy(bytes);
        using var typeface = SKTypeface.FromData(data);
        Assert.NotNull(typeface);
        Assert.Equal(face.Typeface.FamilyName, typeface.FamilyName);
        // Retained ids: the subset only drops glyphs above the highest kept one, and keeps each kept glyph at its number.
        Assert.Equal(glyphs.Max() + 1, typeface.GlyphCount);
        using var full = new SKFont(face.Typeface, 100);
        using var cut = new SKFont(typeface, 100);
        Assert.All(glyphs, glyph =>
        {
            using var fullPath = full.GetGlyphPath(glyph);
            using var cutPath = cut.GetGlyphPath(glyph);
            Assert.False(cutPath.IsEmpty);
            Assert.Equal(fullPath.ToSvgPathData(), cutPath.ToSvgPathData());
        });
    }

    [Fact]
    public void Given_text_whose_glyphs_the_subset_lacks_When_asked_for_its_typeface_Then_the_whole_typeface_is_the_fallback()
    {
        using var typefaces = SubsetTypefaces.Build(Laid("Hello"));

        var hello = Fragments(Laid("Hello")).First(f => f.Text == "Hello");
        Assert.NotSame(hello.Face.Typeface, typefaces.For(hello));
        var others = Fragments(Laid("Zebra مريم")).Where(f => f.Text is "Zebra" or "مريم").ToList();
        Assert.Equal(2, others.Count);
        Assert.All(others, fragment => Assert.Same(fragment.Face.Typeface, typefaces.For(fragment)));
    }

    [Fact]
    public void Given_text_in_page_furniture_When_subset_Then_its_glyphs_are_kept()
    {
        var body = Laid("Hello");
        var header = Laid("Quiz");
        var page = body.Pages[0] with { Items = [.. body.Pages[0].Items, .. header.Pages[0].Items.OfType<TextItem>().Select(t => new FurnitureItem(t))] };
        using var typefaces = SubsetTypefaces.Build(body with { Pages = [page] });

        var quiz = Fragments(header).First(f => f.Text == "Quiz");
        Assert.NotSame(quiz.Face.Typeface, typefaces.For(quiz));
    }

    [Fact]
    public void Given_the_same_document_twice_When_written_with_font_subsets_Then_the_pdf_bytes_are_identical()
    {
        var laid = LayoutEngine.Layout(Mixed, Theme.Letter, FontLibrary.Default, NoPictures.Instance);

        Assert.Equal(Write(laid, NoPictures.Instance, subsetFonts: true), Write(laid, NoPictures.Instance, subsetFonts: true));
    }

    private static LaidOutDocument Laid(string text) => LayoutEngine.Layout(
        new Document(new DocumentInfo("Test"), [new ParagraphBlock([new Inline(text)])]), Theme.Letter, FontLibrary.Default, NoPictures.Instance);

    private static List<TextFragment> Fragments(LaidOutDocument laid) =>
        laid.Pages.SelectMany(p => p.Items.OfType<TextItem>()).SelectMany(t => t.Line.Fragments).Select(f => f.Fragment).ToList();

    private (string Whole, string Subset) WriteBoth(LaidOutDocument laid, IPictureSource pictures)
    {
        var whole = _folder.File("whole.pdf");
        var subset = _folder.File("subset.pdf");
        File.WriteAllBytes(whole, Write(laid, pictures, subsetFonts: false));
        File.WriteAllBytes(subset, Write(laid, pictures, subsetFonts: true));
        return (whole, subset);
    }

    private static byte[] Write(LaidOutDocument laid, IPictureSource pictures, bool subsetFonts)
    {
        using var output = new MemoryStream();
        PdfWriter.Write(laid, pictures, output, RenderOptions.Screen, subsetFonts);
        return output.ToArray();
    }

    /// <summary>Each letter as PdfPig reads it: text, place, size and font (without the subset tag, which is the same either way).</summary>
    private static List<(int Page, string Value, double X, double Y, double Width, string Font)> Letters(string path)
    {
        using var pdf = PdfDocument.Open(path);
        return pdf.GetPages().SelectMany(page => page.Letters.Select(l => (page.Number, l.Value,
            Math.Round(l.StartBaseLine.X, 2), Math.Round(l.StartBaseLine.Y, 2), Math.Round(l.Width, 2), l.FontName ?? ""))).ToList();
    }

    private static List<int> FontProgramSizes(string path) =>
        FontProgram().Matches(File.ReadAllText(path, System.Text.Encoding.Latin1)).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();

    [GeneratedRegex(@"/Length1 (\d+)")]
    private static partial Regex FontProgram();
}
