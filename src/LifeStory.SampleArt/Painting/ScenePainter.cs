using LifeStory.SampleArt.Scenes;
using SkiaSharp;

namespace LifeStory.SampleArt.Painting;

/// <summary>Paints a named scene at any pixel size. Same name, size and options give the same pixels.</summary>
public static class ScenePainter
{
    private static readonly IScene[] All =
    [
        new TerracedHouseScene(), new BungalowScene(), new FlatBlockScene(), new ParkScene(), new SchoolScene(),
        new BirthdayCakeScene(), new BeachScene(), new FootballScene(), new CityStreetScene(), new KitchenScene(),
        new CotScene(),
    ];

    public static IEnumerable<string> Names => All.Select(s => s.Name);

    public static SKBitmap Render(string scene, int width, int height, PaintOptions options)
    {
        var painter = All.FirstOrDefault(s => s.Name == scene)
            ?? throw new ArgumentException($"Unknown scene '{scene}'. Scenes: {string.Join(", ", Names)}", nameof(scene));

        using var sharp = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        using (var canvas = new SKCanvas(sharp))
        {
            canvas.Clear(SKColors.White);
            canvas.Save();
            canvas.Scale(height / 1000f);
            painter.Paint(canvas, new Frame(1000f * width / height), new Rng(options.Seed));
            canvas.Restore();
            if (options.CameraLook) Grain.Vignette(canvas, width, height);
        }

        // A slight blur takes the vector crispness off, as a phone lens would.
        var result = new SKBitmap(sharp.Info);
        using (var canvas = new SKCanvas(result))
        {
            var sigma = options.CameraLook ? width / 2000f : 0f;
            using var blur = sigma > 0 ? SKImageFilter.CreateBlur(sigma, sigma, SKShaderTileMode.Clamp, null) : null;
            using var paint = new SKPaint { ImageFilter = blur };
            canvas.DrawBitmap(sharp, 0, 0, paint);
        }
        Grain.AddNoise(result, options.Noise, new Rng(options.Seed ^ 0x5eed));
        return result;
    }
}
