using LifeStory.Documents.Layout;
using LifeStory.Documents.Layout.Blocks;
using LifeStory.Documents.Markdown;
using LifeStory.Documents.Model;
using LifeStory.Documents.Pictures;
using LifeStory.Documents.Rendering;
using LifeStory.Documents.Text;
using LifeStory.Documents.Themes;
using LifeStory.Tests.Documents.Pictures;
using LifeStory.Tests.Documents.Rendering.Html;
using SkiaSharp;

namespace LifeStory.Tests.Documents.Rendering;

/// <summary>
/// A family tree's face circle shows a face, not the whole scene: a drawn photo of grass with one face-coloured
/// disc at a known place is cut around its focus point, or, with none, around the upper third's middle.
/// </summary>
public sealed class FaceCircleTests : IDisposable
{
    private static readonly SKColor Face = new(0xE0, 0xAC, 0x69);
    private static readonly SKColor Grass = new(0x3C, 0x8D, 0x2F);
    private static readonly SKColor Ball = new(0x2A, 0x5C, 0xC8);

    private readonly TempFolder _folder = new();
    private readonly FolderPictureSource _pictures;

    public FaceCircleTests()
    {
        // 1200 × 800: the face low on the right, where only a focus point can find it, and a ball top left.
        _folder.Write("photos/focused.png", Scene(1200, 800, face: new SKPoint(900, 560), faceRadius: 120, ball: new SKPoint(200, 150)));
        // No focus point: the face in the middle of the upper third, a ball on the grass at the bottom left.
        _folder.Write("photos/unfocused.png", Scene(1200, 800, face: new SKPoint(600, 267), faceRadius: 140, ball: new SKPoint(150, 700)));
        _pictures = FolderPictureSource.Under(_folder.Path);
    }

    public void Dispose()
    {
        _pictures.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public void Given_a_photo_with_a_focus_point_When_its_face_circle_is_drawn_Then_the_circle_is_mostly_the_face_around_that_point()
    {
        var share = FaceShareOfCircle("![](photos/focused.png){focus=0.75,0.7}", "photos/focused.png", out var centre);

        AssertNear(Face, centre);
        // The disc fills about 36% of a circle cut as a face-sized square around it; the whole scene would give 9%.
        Assert.InRange(share, 0.30, 0.45);
    }

    [Fact]
    public void Given_a_photo_with_no_focus_point_When_its_face_circle_is_drawn_Then_it_shows_the_middle_of_the_upper_third()
    {
        var share = FaceShareOfCircle("![](photos/unfocused.png)", "photos/unfocused.png", out var centre);

        AssertNear(Face, centre);
        // About 34% of a circle cut from the upper third (the whole-height square would give 12%), and no ball.
        Assert.InRange(share, 0.28, 0.42);
    }

    [Fact]
    public void Given_a_focus_point_When_the_tree_is_written_as_html_Then_its_picture_is_the_same_face_sized_square()
    {
        var body = HtmlPages.Body("::: family-tree\n- Grown-ups: Mum (my mum) ![](photos/focused.png){focus=0.75,0.7} | Nan (my nan)\n:::\n", _pictures);
        var img = Assert.Single(body.All("img"));
        var uri = img.Attr("src")!;
        using var bitmap = SKBitmap.Decode(Convert.FromBase64String(uri[(uri.IndexOf(',', StringComparison.Ordinal) + 1)..]));

        Assert.Equal(bitmap.Width, bitmap.Height);
        AssertNear(Face, bitmap.GetPixel(bitmap.Width / 2, bitmap.Height / 2));
        Assert.NotEqual(Face, bitmap.GetPixel(2, 2));
    }

    [Theory]
    [InlineData(1.5f, 0.75f, 0.7f, 0.75f - 1f / 6, 0.45f, 0.75f + 1f / 6, 0.95f)]   // landscape, focused: a square half the height, around the point
    [InlineData(1.5f, 0.98f, 0.02f, 2f / 3, 0f, 1f, 0.5f)]             // a focus at the corner: the square stays inside the photo
    [InlineData(0.75f, null, null, 0.2f, 1f / 3 - 0.225f, 0.8f, 1f / 3 + 0.225f)] // portrait, no focus: 0.6 of the width, a third down
    public void Given_a_photo_shape_and_focus_When_the_face_square_is_chosen_Then_it_is_face_sized_and_inside_the_photo(
        float aspect, float? x, float? y, float left, float top, float right, float bottom)
    {
        var crop = FaceCrop.For(aspect, x is null ? null : new PictureFocus(x.Value, y!.Value));

        Assert.Equal(left, crop.Left, 3);
        Assert.Equal(top, crop.Top, 3);
        Assert.Equal(right, crop.Right, 3);
        Assert.Equal(bottom, crop.Bottom, 3);
        // Square in pixels: its width and height in fractions differ by the photo's shape.
        Assert.Equal(crop.Width * aspect, crop.Height, 3);
    }

    private double FaceShareOfCircle(string picture, string source, out SKColor centre)
    {
        var markdown = $"# My family\n\n::: family-tree\n- Grown-ups: Mum (my mum) {picture} | Nan (my nan)\n:::\n";
        var laid = LayoutEngine.Layout(MarkdownReader.Read(markdown, new DocumentInfo("Test")), Theme.Book, FontLibrary.Default, _pictures);
        Assert.Empty(laid.Problems);
        var photo = Assert.Single(laid.Pages[0].Items.OfType<PictureItem>(), p => p.Source == source);
        using var bitmap = PngWriter.Render(laid, 0, _pictures, 288f);
        var scale = 288f / 72f;
        var circle = new SKRect(photo.Bounds.Left * scale, photo.Bounds.Top * scale, photo.Bounds.Right * scale, photo.Bounds.Bottom * scale);
        centre = bitmap.GetPixel((int)circle.MidX, (int)circle.MidY);
        var radius = circle.Width / 2 - 2;
        int inside = 0, face = 0;
        for (var py = (int)circle.Top; py < (int)circle.Bottom; py++)
        {
            for (var px = (int)circle.Left; px < (int)circle.Right; px++)
            {
                var dx = px + 0.5f - circle.MidX;
                var dy = py + 0.5f - circle.MidY;
                if (dx * dx + dy * dy > radius * radius) continue;
                inside++;
                var colour = bitmap.GetPixel(px, py);
                Assert.False(Near(Ball, colour), "The ball, elsewhere in the scene, is in the circle.");
                if (Near(Face, colour)) face++;
            }
        }
        return (double)face / inside;
    }

    private static byte[] Scene(int width, int height, SKPoint face, float faceRadius, SKPoint ball)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(Grass);
            using var paint = new SKPaint { IsAntialias = true, Color = Face };
            canvas.DrawCircle(face, faceRadius, paint);
            paint.Color = Ball;
            canvas.DrawCircle(ball, 60, paint);
        }
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    private static bool Near(SKColor expected, SKColor actual) =>
        Math.Abs(expected.Red - actual.Red) <= 12 && Math.Abs(expected.Green - actual.Green) <= 12 && Math.Abs(expected.Blue - actual.Blue) <= 12;

    private static void AssertNear(SKColor expected, SKColor actual) => Assert.True(Near(expected, actual), $"Expected about {expected}, got {actual}.");
}
