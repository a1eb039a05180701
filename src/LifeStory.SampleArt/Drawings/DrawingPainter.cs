using LifeStory.SampleArt.Painting;
using SkiaSharp;

namespace LifeStory.SampleArt.Drawings;

/// <summary>
/// Paints a drawing as if scanned: off-white paper with empty margins round the picture. A child's crayon
/// drawing is a little crooked and waxy; a social worker's felt-tip drawing is neater and fills more of the page.
/// </summary>
public static class DrawingPainter
{
    private static readonly IDrawingSubject[] All =
    [
        new FamilyDrawing(), new ParkDrawing(), new FarHomeDrawing(),
        new WhoWasWorriedDrawing(), new WhatTheyWereWorriedAboutDrawing(), new WhatHappenedThenDrawing(),
        new WhatTheGrownUpsAreDoingDrawing(),
    ];

    public static IEnumerable<string> Names => All.Select(s => s.Name);

    public static SKBitmap Render(string subject, int width, int height, int seed)
    {
        var drawing = All.FirstOrDefault(s => s.Name == subject)
            ?? throw new ArgumentException($"Unknown drawing '{subject}'. Drawings: {string.Join(", ", Names)}", nameof(subject));
        var rng = new Rng(seed);
        return drawing switch
        {
            IDrawingSubject<Crayon> crayon => RenderCrayon(crayon, width, height, rng),
            IDrawingSubject<FeltTip> feltTip => RenderFeltTip(feltTip, width, height, rng),
            _ => throw new InvalidOperationException($"Drawing '{subject}' has no pen the painter knows."),
        };
    }

    private static SKBitmap RenderCrayon(IDrawingSubject<Crayon> drawing, int width, int height, Rng rng)
    {
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

    private static SKBitmap RenderFeltTip(IDrawingSubject<FeltTip> drawing, int width, int height, Rng rng)
    {
        // Felt-tip ink soaks into the paper, so it is drawn straight onto it: where strokes cross they darken.
        var page = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        using var canvas = new SKCanvas(page);
        WaxTexture.Paper(canvas, width, height);
        var margin = width * rng.Range(0.075f, 0.085f);
        var scale = (width - 2 * margin) / 1000f;
        var top = height * rng.Range(0.07f, 0.08f);
        canvas.Translate(margin, top);
        canvas.Scale(scale);
        var drawingHeight = (height - 2 * top) / scale;
        // Laid on the scanner glass by hand: never quite straight.
        canvas.RotateDegrees(rng.Range(-0.6f, 0.6f), 500, drawingHeight / 2);
        drawing.Draw(new FeltTip(canvas, rng), rng, 1000, drawingHeight);
        return page;
    }
}
