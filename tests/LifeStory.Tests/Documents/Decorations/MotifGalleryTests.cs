using LifeStory.Documents.Decorations;
using LifeStory.Documents.Layout;
using LifeStory.Documents.Rendering;
using LifeStory.Documents.Text;
using LifeStory.Tests.Documents.Layout;
using SkiaSharp;

namespace LifeStory.Tests.Documents.Decorations;

public sealed class MotifGalleryTests
{
    [Fact]
    public void Given_the_gallery_When_rendered_to_png_Then_every_motif_is_drawn_in_its_cell()
    {
        var sheet = MotifGallery.Build(FontLibrary.Default);

        using var bitmap = SKBitmap.Decode(PngWriter.RenderPng(sheet, 0, NoPictures.Instance, 72));

        var motifs = sheet.Pages[0].Items.OfType<MotifItem>().ToList();
        Assert.Equal(Enum.GetValues<Motif>().Length * 5, motifs.Count);
        Assert.Equal(Enum.GetValues<Motif>().ToHashSet(), motifs.Select(m => m.Motif).ToHashSet());
        foreach (var motif in motifs)
        {
            var box = motif.Bounds;
            var inked = 0;
            for (var y = (int)box.Top; y < (int)box.Bottom; y++)
                for (var x = (int)box.Left; x < (int)box.Right; x++)
                    if (bitmap.GetPixel(x, y) != SKColors.White) inked++;
            Assert.True(inked > box.Width * box.Height * 0.2f, $"{motif.Motif} at {box} has only {inked} inked pixels.");
        }
        // Each motif's name is written under it.
        var words = sheet.Pages[0].Items.OfType<TextItem>().Select(t => t.Line.Text).ToList();
        Assert.Equal(Enum.GetNames<Motif>(), words);
    }

    [Fact]
    public void Given_a_favourite_When_a_sample_book_is_previewed_Then_its_cover_chapters_and_corners_carry_the_motif()
    {
        var book = MotifGallery.Preview(FontLibrary.Default, Motif.Rocket);

        Assert.True(book.Pages.Count >= 3);
        Assert.InRange(book.Pages[0].Items.OfType<FurnitureItem>().Count(f => f.Inner is MotifItem), 4, 6);
        foreach (var page in book.Pages.Skip(1))
        {
            Assert.Single(page.Items, i => i is MotifItem { Motif: Motif.Rocket });
            Assert.Single(page.Items, i => i is FurnitureItem { Inner: MotifItem { Opacity: < 1 } });
        }
    }
}
