using LifeStory.Documents.Rendering;
using SkiaSharp;

namespace LifeStory.Tests.Documents.Rendering;

public sealed class RoundedCornersTests
{
    [Fact]
    public void Given_a_card_Then_its_outline_has_one_curve_per_corner_that_follows_the_circle()
    {
        using var path = new SKPath();
        var bounds = new SKRect(10, 20, 110, 80);
        RoundedCorners.Outline(path, bounds, 12);

        var curves = new List<SKPoint[]>();
        using var iterator = path.CreateRawIterator();
        var points = new SKPoint[4];
        SKPathVerb verb;
        while ((verb = iterator.Next(points)) != SKPathVerb.Done)
        {
            Assert.NotEqual(SKPathVerb.Conic, verb);
            if (verb == SKPathVerb.Cubic) curves.Add([.. points]);
        }
        Assert.Equal(4, curves.Count);
        Assert.Equal(bounds, path.Bounds);
        // The top-left corner's midpoint lies on the circle of radius 12 about (22, 32), to 0.03 %.
        var c = curves[0];
        var mid = new SKPoint((c[0].X + 3 * c[1].X + 3 * c[2].X + c[3].X) / 8, (c[0].Y + 3 * c[1].Y + 3 * c[2].Y + c[3].Y) / 8);
        var distance = SKPoint.Distance(mid, new SKPoint(22, 32));
        Assert.InRange(distance, 12 * 0.9997f, 12 * 1.0003f);
    }

    [Fact]
    public void Given_a_square_with_half_its_side_as_radius_Then_it_is_a_circle_of_four_curves()
    {
        using var path = new SKPath();
        RoundedCorners.Outline(path, new SKRect(0, 0, 40, 40), 20);

        Assert.Equal(4, path.VerbCount - 2); // move, four curves, close: no straight sides left between them
        Assert.True(path.Contains(20, 20));
        Assert.False(path.Contains(1, 1));
    }

    [Fact]
    public void Given_a_radius_larger_than_the_box_Then_it_is_clamped_and_no_radius_is_a_plain_rectangle()
    {
        using var path = new SKPath();
        RoundedCorners.Outline(path, new SKRect(0, 0, 10, 30), 50);
        Assert.Equal(new SKRect(0, 0, 10, 30), path.Bounds);

        RoundedCorners.Outline(path, new SKRect(0, 0, 10, 30), 0);
        Assert.True(path.IsRect);
    }

    [Theory]
    [InlineData(10, 20, 110, 17.5f)] // an empty quote: its box ends above where it starts
    [InlineData(10, 20, 10, 80)] // no width at all
    [InlineData(110, 20, 10, 80)] // inside out
    [InlineData(10, 20, float.NaN, 80)]
    [InlineData(10, 20, float.PositiveInfinity, 80)]
    public void Given_a_box_with_no_inside_Then_the_outline_is_empty_and_nothing_throws(float left, float top, float right, float bottom)
    {
        using var path = new SKPath();
        path.AddRect(new SKRect(0, 0, 5, 5));

        RoundedCorners.Outline(path, new SKRect(left, top, right, bottom), 12);

        Assert.True(path.IsEmpty);
    }

    [Fact]
    public void Given_a_radius_that_is_not_a_number_Then_the_box_is_a_plain_rectangle()
    {
        using var path = new SKPath();
        RoundedCorners.Outline(path, new SKRect(0, 0, 10, 30), float.NaN);

        Assert.True(path.IsRect);
    }
}
