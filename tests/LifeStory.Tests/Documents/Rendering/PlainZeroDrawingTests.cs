using LifeStory.Documents.Layout;
using LifeStory.Documents.Markdown;
using LifeStory.Documents.Model;
using LifeStory.Documents.Rendering;
using LifeStory.Documents.Text;
using LifeStory.Documents.Themes;
using LifeStory.Tests.Documents.Layout;
using SkiaSharp;
using UglyToad.PdfPig;

namespace LifeStory.Tests.Documents.Rendering;

/// <summary>
/// Stand-in digits as the reader meets them. Written to a PDF they read back as the same words ("07/10/2019,"
/// is one word, not "07" and "/10/2019,"), at the paragraph's own font size and on its exact baseline, so a
/// PDF reader has no reason to split or reorder a line where the digits start. Drawn, the zero is open: nothing
/// crosses its counter, in regular and in bold.
/// </summary>
public sealed class PlainZeroDrawingTests
{
    private const string Numbers = "Born on 07/10/2019, call 0800 1111 or 01632 960000. This is marker07, and **20 September 2021** too.";

    private static LaidOutDocument Lay(string markdown, Theme theme) =>
        LayoutEngine.Layout(MarkdownReader.Read(markdown, new DocumentInfo("Numbers")), theme, FontLibrary.For(theme.Fonts), NoPictures.Instance);

    [Fact]
    public void Given_dates_and_phone_numbers_When_written_to_pdf_Then_each_reads_back_as_one_word_in_the_plain_digit_face()
    {
        using var output = new MemoryStream();
        PdfWriter.Write(Lay(Numbers, Theme.Book), NoPictures.Instance, output, RenderOptions.Screen);

        using var pdf = PdfDocument.Open(output.ToArray());
        var page = pdf.GetPage(1);
        // The page number comes last, on its own line.
        Assert.Equal([.. Numbers.Replace("**", "", StringComparison.Ordinal).Split(' '), "1"], page.GetWords().Select(w => w.Text));
        var letters = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
        var digits = letters.Where(l => char.IsAsciiDigit(l.Value[0])).ToList();
        Assert.All(digits, l => Assert.Contains("Lexend", l.FontName, StringComparison.Ordinal));
        // Every digit in the text sits on the same baseline, at the same font size, as a letter of its own line.
        var inText = digits.Where(d => letters.Any(l => !char.IsAsciiDigit(l.Value[0]) && l.Location.Y == d.Location.Y)).ToList();
        Assert.Equal(Numbers.Count(char.IsAsciiDigit), inText.Count);
        Assert.All(inText, d => Assert.Contains(letters, l => !char.IsAsciiDigit(l.Value[0]) && l.Location.Y == d.Location.Y && l.FontSize == d.FontSize));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("**0**")]
    public void Given_a_zero_in_the_slashed_zero_font_When_drawn_Then_its_counter_is_empty(string markdown)
    {
        const float dpi = 600f;
        var laid = Lay(markdown, Theme.Book);
        var line = laid.Pages[0].Items.OfType<TextItem>().First();
        var main = FontLibrary.For(Theme.Book.Fonts).Chain(FontRole.Body, markdown.StartsWith('*') ? InlineStyle.Bold : InlineStyle.None)[0];
        Assert.True(main.SlashedZero, "The body font's own zero should be slashed, or this test proves nothing.");
        Assert.Equal("0", Assert.Single(line.Line.Fragments).Fragment.Text);

        using var page = PngWriter.Render(laid, 0, NoPictures.Instance, dpi);
        var scale = dpi / 72f;
        var box = SKRectI.Round(new SKRect(line.Bounds.Left * scale, line.Bounds.Top * scale, line.Bounds.Right * scale, line.Bounds.Bottom * scale));
        using var zero = new SKBitmap(box.Width, box.Height);
        Assert.True(page.ExtractSubset(zero, box));

        Assert.Equal(0, CounterInk(zero, laid.Theme.Paper));
        // The same measure finds the body font's own zero slashed.
        using var slashed = Drawn(main, box.Height);
        Assert.True(CounterInk(slashed, SKColors.White) > 0, "The slashed zero should show ink inside its counter.");
    }

    /// <summary>
    /// Inked pixels in the middle of the glyph's ink box (a fifth of its width, a third of its height): inside a
    /// plain zero's counter, where a slashed or dotted zero has its mark.
    /// </summary>
    private static int CounterInk(SKBitmap bitmap, SKColor paper)
    {
        int left = bitmap.Width, right = -1, top = bitmap.Height, bottom = -1;
        for (var y = 0; y < bitmap.Height; y++)
            for (var x = 0; x < bitmap.Width; x++)
                if (Inked(bitmap.GetPixel(x, y), paper))
                    (left, right, top, bottom) = (Math.Min(left, x), Math.Max(right, x), Math.Min(top, y), Math.Max(bottom, y));
        Assert.True(right > left && bottom > top, "Nothing was drawn.");
        var (cx, cy) = ((left + right) / 2, (top + bottom) / 2);
        var (dx, dy) = ((right - left) / 10, (bottom - top) / 6);
        var ink = 0;
        for (var y = cy - dy; y <= cy + dy; y++)
            for (var x = cx - dx; x <= cx + dx; x++)
                if (Inked(bitmap.GetPixel(x, y), paper)) ink++;
        return ink;
    }

    private static bool Inked(SKColor pixel, SKColor paper) =>
        Math.Abs(pixel.Red - paper.Red) + Math.Abs(pixel.Green - paper.Green) + Math.Abs(pixel.Blue - paper.Blue) > 96;

    private static SKBitmap Drawn(FontFace face, int height)
    {
        var bitmap = new SKBitmap(height, height);
        using var canvas = new SKCanvas(bitmap);
        using var font = new SKFont(face.Typeface, height * 0.6f);
        using var paint = new SKPaint { IsAntialias = true, Color = SKColors.Black };
        canvas.Clear(SKColors.White);
        canvas.DrawText("0", height * 0.2f, height * 0.8f, font, paint);
        return bitmap;
    }
}
