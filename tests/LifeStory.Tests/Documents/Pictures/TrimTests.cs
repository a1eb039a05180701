using LifeStory.Documents.Layout;
using LifeStory.Documents.Markdown;
using LifeStory.Documents.Model;
using LifeStory.Documents.Pictures;
using LifeStory.Documents.Text;
using LifeStory.Documents.Themes;
using SkiaSharp;

namespace LifeStory.Tests.Documents.Pictures;

public sealed class TrimTests
{
    /// <summary>A 1000 × 1400 "scan": cream paper with a 300 × 200 red drawing whose top-left is at (400, 600).</summary>
    private static string Scan(string folder)
    {
        using var bitmap = new SKBitmap(1000, 1400);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(new SKColor(0xFB, 0xF8, 0xF0));
            using var paint = new SKPaint { Color = SKColors.Red };
            canvas.DrawRect(new SKRect(400, 600, 700, 800), paint);
        }
        var path = Path.Combine(folder, "scan.png");
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        File.WriteAllBytes(path, data.ToArray());
        return path;
    }

    [Fact]
    public void Given_a_scan_with_wide_paper_margins_When_its_trim_box_is_found_Then_it_hugs_the_drawing_with_a_little_paper()
    {
        var folder = Directory.CreateTempSubdirectory("lifestory-trim").FullName;
        Scan(folder);
        using var source = FolderPictureSource.Under(folder);

        var box = source.TrimBox("scan.png");

        Assert.InRange(box.Left, 0.37f, 0.40f);
        Assert.InRange(box.Right, 0.70f, 0.73f);
        Assert.InRange(box.Top, 0.40f, 0.43f);
        Assert.InRange(box.Bottom, 0.57f, 0.60f);
    }

    [Fact]
    public void Given_a_trimmed_drawing_When_laid_out_and_prepared_Then_it_takes_the_drawings_shape_and_almost_no_paper_is_left()
    {
        var folder = Directory.CreateTempSubdirectory("lifestory-trim").FullName;
        Scan(folder);
        using var source = FolderPictureSource.Under(folder);
        var document = MarkdownReader.Read("![My drawing](scan.png){.trim}", new DocumentInfo("t"));

        var laid = LayoutEngine.Layout(document, Theme.Book, FontLibrary.Default, source);

        var picture = Assert.Single(laid.Pages.SelectMany(p => p.Items).OfType<PictureItem>());
        // The drawing is 3:2; with a 2 % paper edge the placed picture is close to that, not the 1000:1400 sheet.
        Assert.InRange(picture.Bounds.Width / picture.Bounds.Height, 1.25f, 1.55f);
        using var image = source.Prepare("scan.png", 300, 220, picture.Crop);
        using var pixels = SKBitmap.FromImage(image);
        var paper = 0;
        for (var y = 0; y < pixels.Height; y++)
        for (var x = 0; x < pixels.Width; x++)
            if (pixels.GetPixel(x, y).Green > 200) paper++;
        // Untrimmed, 96 % of the sheet is paper; trimmed, only the 2 % edge kept around the drawing is (about 31 %).
        Assert.True(paper < pixels.Width * pixels.Height * 0.35, $"{paper} of {pixels.Width * pixels.Height} pixels are paper.");
    }
}
