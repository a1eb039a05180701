using LifeStory.Documents.Decorations;
using LifeStory.Documents.Layout;
using LifeStory.Documents.Rendering;
using LifeStory.Tests.Documents.Layout;
using SkiaSharp;

namespace LifeStory.Tests.Documents.Decorations;

public sealed class MotifArtTests
{
    public static TheoryData<Motif> Motifs => [.. Enum.GetValues<Motif>()];

    [Fact]
    public void Given_the_motifs_When_counted_Then_there_are_at_least_the_twelve_children_most_often_choose()
    {
        var motifs = Enum.GetValues<Motif>();

        Assert.True(motifs.Length >= 12, $"Only {motifs.Length} motifs.");
        Assert.Subset(motifs.ToHashSet(), new HashSet<Motif>
        {
            Motif.Rabbit, Motif.Cat, Motif.Dog, Motif.Dinosaur, Motif.Football, Motif.Star, Motif.Heart, Motif.Flower,
            Motif.Butterfly, Motif.Rocket, Motif.Unicorn, Motif.Fish, Motif.Rainbow, Motif.Tree,
        });
    }

    [Theory]
    [MemberData(nameof(Motifs))]
    public void Given_a_motif_When_painted_in_its_bounds_Then_it_inks_a_good_part_of_them_and_nothing_outside(Motif motif)
    {
        var bounds = new SKRect(50, 40, 170, 160);

        using var bitmap = Paint(new MotifItem(bounds, motif, MotifArt.DefaultColour(motif)), 220, 200);

        var ink = InkBox(bitmap);
        Assert.True(Inside(ink, bounds), $"{motif} inks {ink}, outside its bounds {bounds}.");
        // Filled, not a thin sketch: at least a fifth of the box, and spanning most of it one way or the other.
        Assert.True(InkedPixels(bitmap) > bounds.Width * bounds.Height * 0.2f, $"{motif} inks only {InkedPixels(bitmap)} pixels.");
        Assert.True(Math.Max(ink.Width, ink.Height) > bounds.Width * 0.8f, $"{motif} covers only {ink} of {bounds}.");
    }

    [Theory]
    [MemberData(nameof(Motifs))]
    public void Given_a_motif_turned_in_a_wide_box_When_painted_Then_it_still_stays_inside_its_bounds(Motif motif)
    {
        var bounds = new SKRect(30, 60, 250, 140);

        using var bitmap = Paint(new MotifItem(bounds, motif, new SKColor(0x3D, 0x5A, 0x80), Rotation: 33), 280, 200);

        var ink = InkBox(bitmap);
        Assert.True(InkedPixels(bitmap) > 500, $"{motif} turned draws nothing.");
        Assert.True(Inside(ink, bounds), $"{motif} turned inks {ink}, outside its bounds {bounds}.");
    }

    [Theory]
    [MemberData(nameof(Motifs))]
    public void Given_a_motif_When_its_shapes_are_measured_Then_they_lie_within_the_unit_square_with_their_outlines(Motif motif)
    {
        var box = MotifArt.InkBounds(motif);

        Assert.True(box.Left >= 0 && box.Top >= 0 && box.Right <= 1 && box.Bottom <= 1, $"{motif}'s shapes cover {box}.");
        Assert.True(Math.Max(box.Width, box.Height) > 0.85f, $"{motif} uses only {box} of its square.");
    }

    [Fact]
    public void Given_every_motif_When_painted_Then_no_two_have_the_same_shape()
    {
        var masks = Enum.GetValues<Motif>().ToDictionary(m => m, m =>
        {
            using var bitmap = Paint(new MotifItem(new SKRect(0, 0, 64, 64), m, SKColors.Gray), 64, 64);
            return Enumerable.Range(0, 64 * 64).Select(i => bitmap.GetPixel(i % 64, i / 64).Alpha > 128).ToArray();
        });

        foreach (var a in masks)
            foreach (var b in masks.Where(b => b.Key > a.Key))
            {
                var different = a.Value.Zip(b.Value).Count(p => p.First != p.Second);
                Assert.True(different > 64 * 64 * 3 / 100, $"{a.Key} and {b.Key} differ in only {different} pixels.");
            }
    }

    [Fact]
    public void Given_a_motif_When_painted_in_two_colours_Then_its_main_colour_follows_the_colour_given()
    {
        using var red = Paint(new MotifItem(new SKRect(0, 0, 100, 100), Motif.Heart, new SKColor(0xE6, 0x39, 0x46)), 100, 100);
        using var blue = Paint(new MotifItem(new SKRect(0, 0, 100, 100), Motif.Heart, new SKColor(0x3A, 0x86, 0xFF)), 100, 100);

        // Low on the heart, below the face: the main colour.
        Assert.Equal(new SKColor(0xE6, 0x39, 0x46), red.GetPixel(50, 75));
        Assert.Equal(new SKColor(0x3A, 0x86, 0xFF), blue.GetPixel(50, 75));
    }

    [Fact]
    public void Given_a_faint_motif_When_painted_Then_every_pixel_is_at_most_that_opaque_and_parts_do_not_show_through()
    {
        using var solid = Paint(new MotifItem(new SKRect(0, 0, 100, 100), Motif.Rabbit, MotifArt.DefaultColour(Motif.Rabbit)), 100, 100);
        using var faint = Paint(new MotifItem(new SKRect(0, 0, 100, 100), Motif.Rabbit, MotifArt.DefaultColour(Motif.Rabbit), Opacity: 0.35f), 100, 100);

        // Faded as one layer, not part by part: where parts overlap (an eye on the face, the outline under the
        // fill) a pixel is no more opaque than anywhere else, and the whole motif keeps its shape.
        var alphas = Pixels(faint).Select(c => c.Alpha).ToList();
        Assert.True(alphas.Max() <= 0.35f * 255 + 1, $"A pixel is {alphas.Max()} opaque.");
        Assert.True(alphas.Count(a => a >= 88) > 1000, "The faint motif is not drawn.");
        var (solidBox, faintBox) = (InkBox(solid), InkBox(faint));
        Assert.True(Math.Abs(solidBox.Left - faintBox.Left) <= 1 && Math.Abs(solidBox.Right - faintBox.Right) <= 1
            && Math.Abs(solidBox.Top - faintBox.Top) <= 1 && Math.Abs(solidBox.Bottom - faintBox.Bottom) <= 1, $"{faintBox} is not {solidBox}.");
    }

    [Fact]
    public void Given_a_motif_item_When_offset_Then_its_bounds_move_and_the_rest_is_kept()
    {
        var item = new MotifItem(new SKRect(10, 20, 60, 70), Motif.Star, SKColors.Gold, Rotation: 12, Opacity: 0.5f);

        var moved = (MotifItem)item.Offset(5, -8);

        Assert.Equal(new SKRect(15, 12, 65, 62), moved.Bounds);
        Assert.Equal(item with { Bounds = moved.Bounds }, moved);
    }

    [Fact]
    public void Given_a_motif_as_page_furniture_When_the_page_is_painted_Then_it_is_drawn_like_any_motif()
    {
        var motif = new MotifItem(new SKRect(20, 20, 80, 80), Motif.Owl, MotifArt.DefaultColour(Motif.Owl));

        using var plain = Paint(motif, 100, 100);
        using var furniture = Paint(new FurnitureItem(motif), 100, 100);

        Assert.Equal(Pixels(plain), Pixels(furniture));
    }

    [Fact]
    public void Given_a_motif_in_a_box_of_no_size_or_no_opacity_When_painted_Then_nothing_is_drawn()
    {
        using var empty = Paint(new MotifItem(new SKRect(20, 20, 20, 80), Motif.Cat, SKColors.Orange), 100, 100);
        using var invisible = Paint(new MotifItem(new SKRect(20, 20, 80, 80), Motif.Cat, SKColors.Orange, Opacity: 0), 100, 100);

        Assert.Equal(0, InkedPixels(empty));
        Assert.Equal(0, InkedPixels(invisible));
    }

    /// <summary>Paints one item the way a page is painted, on a transparent background.</summary>
    internal static SKBitmap Paint(PageItem item, int width, int height)
    {
        var bitmap = new SKBitmap(width, height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var canvas = new SKCanvas(bitmap);
        using var painter = new PagePainter(NoPictures.Instance, 72);
        painter.Paint(canvas, new Page(1, [item]), SKColors.Transparent);
        return bitmap;
    }

    internal static IEnumerable<SKColor> Pixels(SKBitmap bitmap) => bitmap.Pixels;

    internal static int InkedPixels(SKBitmap bitmap) => bitmap.Pixels.Count(c => c.Alpha > 0);

    /// <summary>The pixel box holding every pixel with any ink at all.</summary>
    internal static SKRect InkBox(SKBitmap bitmap)
    {
        int left = bitmap.Width, top = bitmap.Height, right = -1, bottom = -1;
        for (var y = 0; y < bitmap.Height; y++)
            for (var x = 0; x < bitmap.Width; x++)
            {
                if (bitmap.GetPixel(x, y).Alpha == 0) continue;
                (left, top, right, bottom) = (Math.Min(left, x), Math.Min(top, y), Math.Max(right, x), Math.Max(bottom, y));
            }
        return right < 0 ? SKRect.Empty : new SKRect(left, top, right + 1, bottom + 1);
    }

    /// <summary>Whether the pixel box lies within the bounds (rounded out to whole pixels).</summary>
    internal static bool Inside(SKRect ink, SKRect bounds) =>
        ink.Left >= MathF.Floor(bounds.Left) && ink.Top >= MathF.Floor(bounds.Top) && ink.Right <= MathF.Ceiling(bounds.Right) && ink.Bottom <= MathF.Ceiling(bounds.Bottom);
}
