using LifeStory.SampleArt.Painting;
using SkiaSharp;

namespace LifeStory.SampleArt.Drawings;

/// <summary>Paints a child's crayon drawing as if scanned: off-white paper with empty margins round the picture.</summary>
public static class DrawingPainter
{
    private static readonly IDrawingSubject[] All = [new FamilyDrawing(), new ParkDrawing(), new FarHomeDrawing()];

    public static IEnumerable<string> Names => All.Select(s => s.Name);

    public static SKBitmap Render(string subject, int width, int height, int seed)
    {
        var drawing = All.FirstOrDefault(s => s.Name == subject)
            ?? throw new ArgumentException($"Unknown drawing '{subject}'. Drawings: {string.Join(", ", Names)}", nameof(subject));
        var rng = new Rng(seed);

        // The child drew inside roughly the middle of the page; the scanner caught a wide border of paper.
        using var layer = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        using (var canvas = new SKCanvas(layer))
        {
            canvas.Clear(SKColors.Transparent);
            var margin = width * rng.Range(0.1f, 0.14f);
            var scale = (width - 2 * margin) / 1000f;
            canvas.Translate(margin, height * rng.Range(0.09f, 0.12f));
            canvas.Scale(scale);
            canvas.RotateDegrees(rng.Range(-1.5f, 1.5f), 500, 600);
            drawing.Draw(new Crayon(canvas, rng), rng, 1000, (height * 0.79f) / scale);
        }
        WaxTexture.Apply(layer, rng);

        var page = new SKBitmap(layer.Info);
        using (var canvas = new SKCanvas(page))
        {
            WaxTexture.Paper(canvas, width, height);
            canvas.DrawBitmap(layer, 0, 0);
        }
        return page;
    }
}
