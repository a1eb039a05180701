using LifeStory.Documents.Layout;
using LifeStory.Documents.Model;
using LifeStory.Documents.Pictures;
using LifeStory.Tests.Documents.Pictures;
using SkiaSharp;
using static LifeStory.Tests.Documents.Layout.Lay;

namespace LifeStory.Tests.Documents.Layout.Blocks;

public sealed class PictureStyleLayoutTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly FolderPictureSource _pictures;

    public PictureStyleLayoutTests()
    {
        _folder.Write("wide.png", TestImages.Png(400, 100, SKColors.Teal));
        _folder.Write("tall.png", TestImages.Png(100, 400, SKColors.Coral));
        _folder.Write("photo.png", TestImages.Png(300, 200, SKColors.Gold));
        _pictures = FolderPictureSource.Under(_folder.Path);
    }

    public void Dispose()
    {
        _pictures.Dispose();
        _folder.Dispose();
    }

    private PictureItem Place(PictureBlock block)
    {
        var laid = Out([block], pictures: _pictures);
        LayoutInvariants.AssertHold(laid);
        Assert.Empty(laid.Problems);
        return Assert.Single(laid.Pages.Single().Items.OfType<PictureItem>());
    }

    [Fact]
    public void Given_a_black_and_white_picture_When_laid_out_Then_it_is_drawn_in_grayscale()
    {
        Assert.True(Place(new PictureBlock("photo.png", "Me", new PictureStyle(BlackAndWhite: true))).Grayscale);
        Assert.False(Place(new PictureBlock("photo.png", "Me")).Grayscale);
    }

    [Fact]
    public void Given_black_and_white_pictures_in_a_grid_and_beside_words_When_laid_out_Then_only_those_are_grayscale()
    {
        var bw = new PictureStyle(BlackAndWhite: true);
        var laid = Out(
        [
            new PictureGridBlock([new PictureBlock("photo.png", "A", bw), new PictureBlock("wide.png", "B"), new PictureBlock("tall.png", "C", bw)]),
            new BesideBlock(new PictureBlock("photo.png", "D", bw), [Paragraph("Words beside.")]),
        ], pictures: _pictures);

        LayoutInvariants.AssertHold(laid);
        var placed = laid.Pages.SelectMany(p => p.Items).OfType<PictureItem>().ToList();
        Assert.Equal(4, placed.Count);
        Assert.Equal([true, false, true, true], placed.Select(p => p.Grayscale));
    }

    [Theory]
    [InlineData("wide.png", 0.4f, 0.6f)]
    [InlineData("tall.png", 0.4f, 0.6f)]
    [InlineData("wide.png", 0.7f, 0.1f)]
    [InlineData("tall.png", 0.1f, 0.3f)]
    public void Given_a_fill_picture_with_a_focus_When_laid_out_Then_the_crop_is_a_strict_part_centred_on_the_focus(string source, float fx, float fy)
    {
        var item = Place(new PictureBlock(source, null, new PictureStyle(PictureFit.Fill, FocusX: fx, FocusY: fy)));

        var crop = item.Crop;
        Assert.True(new SKRect(0, 0, 1, 1).Contains(crop), $"Crop {crop} leaves the picture.");
        Assert.True(crop.Width * crop.Height < 0.99f, $"Crop {crop} is not a strict part of the picture.");
        Approx.Equal(4f / 3, item.Bounds.Width / item.Bounds.Height, 0.01f, "Box aspect");
        var (w, h) = source == "wide.png" ? (400f, 100f) : (100f, 400f);
        // The cropped part has the box's shape, so the picture is not stretched.
        Approx.Equal(item.Bounds.Width / item.Bounds.Height, crop.Width * w / (crop.Height * h), 0.01f, "Crop aspect");
        if (source == "wide.png")
        {
            Approx.Equal(fx, crop.MidX, 0.01f, "Crop centre x");
            Assert.Equal(0, crop.Top);
            Assert.Equal(1, crop.Bottom);
        }
        else
        {
            Approx.Equal(fy, crop.MidY, 0.01f, "Crop centre y");
            Assert.Equal(0, crop.Left);
            Assert.Equal(1, crop.Right);
        }
    }

    [Fact]
    public void Given_a_fill_picture_focused_near_its_edge_When_laid_out_Then_the_crop_stops_at_that_edge()
    {
        var item = Place(new PictureBlock("wide.png", null, new PictureStyle(PictureFit.Fill, FocusX: 0.02f)));

        Assert.Equal(0, item.Crop.Left);
        Assert.True(item.Crop.Right < 1);
    }

    [Fact]
    public void Given_a_fit_picture_When_laid_out_Then_the_whole_picture_is_shown_at_its_own_shape()
    {
        var item = Place(new PictureBlock("wide.png", null, new PictureStyle(PictureFit.Fit)));

        Assert.Equal(new SKRect(0, 0, 1, 1), item.Crop);
        Approx.Equal(4f, item.Bounds.Width / item.Bounds.Height, 0.01f, "Aspect");
    }

    [Fact]
    public void Given_a_picture_with_a_fixed_height_When_laid_out_Then_it_is_that_tall()
    {
        var item = Place(new PictureBlock("photo.png", null, new PictureStyle(Height: 120f)));

        Approx.Equal(120f, item.Bounds.Height, 0.01f, "Height");
    }
}
