using LifeStory.Documents.Layout;
using LifeStory.Documents.Pictures;
using LifeStory.Documents.Text;
using SkiaSharp;

namespace LifeStory.Documents.Rendering;

/// <summary>
/// Draws one laid-out page on any Skia canvas: the PDF writer and the PNG writer share it, so a preview
/// shows exactly what prints. Typefaces, when given, choose what each text fragment is drawn with (the PDF
/// writer's font subsets); otherwise each font draws with its own full typeface.
/// </summary>
internal sealed class PagePainter(IPictureSource pictures, float pictureDpi, Func<TextFragment, SKTypeface>? typefaces = null)
{
    public void Paint(SKCanvas canvas, Page page, SKColor paper)
    {
        canvas.Clear(paper);
        foreach (var item in page.Items) PaintItem(canvas, item);
    }

    private void PaintItem(SKCanvas canvas, PageItem item)
    {
        switch (item)
        {
            case ShapeItem shape: PaintShape(canvas, shape); break;
            case PictureItem picture: PaintPicture(canvas, picture); break;
            case TextItem text: PaintText(canvas, text); break;
            case LineItem line: PaintLine(canvas, line); break;
            case PolygonItem polygon: PaintPolygon(canvas, polygon); break;
            case FurnitureItem furniture: PaintItem(canvas, furniture.Inner); break;
            case ScaledItem group: PaintGroup(canvas, group); break;
            case LinkItem link: canvas.DrawLinkDestinationAnnotation(link.Bounds, link.Destination); break;
            case AnchorItem anchor: canvas.DrawNamedDestinationAnnotation(new SKPoint(anchor.Bounds.Left, anchor.Bounds.Top), anchor.Name); break;
        }
    }

    private void PaintGroup(SKCanvas canvas, ScaledItem group)
    {
        canvas.Save();
        canvas.Translate(group.Bounds.Left, group.Bounds.Top);
        canvas.Scale(group.Scale);
        foreach (var item in group.Items) PaintItem(canvas, item);
        canvas.Restore();
    }

    private static void PaintShape(SKCanvas canvas, ShapeItem shape)
    {
        using var paint = new SKPaint { IsAntialias = true };
        if (shape.Fill is { } fill)
        {
            paint.Color = fill;
            canvas.DrawRoundRect(shape.Bounds, shape.CornerRadius, shape.CornerRadius, paint);
        }
        if (shape.Stroke is { } stroke && shape.StrokeWidth > 0)
        {
            paint.Style = SKPaintStyle.Stroke;
            paint.StrokeWidth = shape.StrokeWidth;
            paint.Color = stroke;
            canvas.DrawRoundRect(shape.Bounds, shape.CornerRadius, shape.CornerRadius, paint);
        }
    }

    private static void PaintLine(SKCanvas canvas, LineItem line)
    {
        using var paint = new SKPaint { IsAntialias = true, Color = line.Color, StrokeWidth = line.Width, Style = SKPaintStyle.Stroke, StrokeCap = SKStrokeCap.Round };
        using var dash = line.Dashed ? SKPathEffect.CreateDash([line.Width * 3, line.Width * 3], 0) : null;
        paint.PathEffect = dash;
        canvas.DrawLine(line.Bounds.Left, line.Bounds.Top, line.Bounds.Right, line.Bounds.Bottom, paint);
    }

    private static void PaintPolygon(SKCanvas canvas, PolygonItem polygon)
    {
        using var path = new SKPath();
        path.AddPoly([.. polygon.Points], close: true);
        using var paint = new SKPaint { IsAntialias = true, Color = polygon.Fill };
        canvas.DrawPath(path, paint);
    }

    private void PaintPicture(SKCanvas canvas, PictureItem item)
    {
        var pixelWidth = (int)Math.Ceiling(item.Bounds.Width / 72f * pictureDpi);
        var pixelHeight = (int)Math.Ceiling(item.Bounds.Height / 72f * pictureDpi);
        var image = pictures.Prepare(item.Source, pixelWidth, pixelHeight, item.Crop);
        canvas.Save();
        if (item.CornerRadius > 0)
            canvas.ClipRoundRect(new SKRoundRect(item.Bounds, item.CornerRadius), antialias: true);
        // Black and white for a photo the case marks as sensitive: the same image, drawn through a grey filter.
        using var grey = item.Grayscale ? new SKPaint { ColorFilter = SKColorFilter.CreateColorMatrix(
        [
            0.2126f, 0.7152f, 0.0722f, 0, 0,
            0.2126f, 0.7152f, 0.0722f, 0, 0,
            0.2126f, 0.7152f, 0.0722f, 0, 0,
            0, 0, 0, 1, 0,
        ]) } : null;
        canvas.DrawImage(image, item.Bounds, new SKSamplingOptions(SKCubicResampler.Mitchell), grey);
        canvas.Restore();
    }

    private void PaintText(SKCanvas canvas, TextItem item)
    {
        var baseline = item.Bounds.Top + item.Line.Baseline;
        var left = item.Bounds.Left + item.Line.Offset;
        foreach (var placed in item.Line.Fragments)
        {
            var fragment = placed.Fragment;
            if (fragment.Glyphs.Length == 0) continue;
            using var font = new SKFont(typefaces?.Invoke(fragment) ?? fragment.Face.Typeface, fragment.Size) { Subpixel = true, LinearMetrics = true };
            using var builder = new SKTextBlobBuilder();
            // Text and clusters travel with the glyphs so the PDF maps ligatures and Arabic forms back to
            // their letters: copying, searching and screen readers get the words, not glyph numbers.
            var utf8 = System.Text.Encoding.UTF8.GetBytes(fragment.Text);
            var run = builder.AllocatePositionedTextRun(font, fragment.Glyphs.Length, utf8.Length);
            utf8.CopyTo(run.Text);
            var glyphs = run.Glyphs;
            var positions = run.Positions;
            var clusters = run.Clusters;
            for (var i = 0; i < fragment.Glyphs.Length; i++)
            {
                glyphs[i] = fragment.Glyphs[i];
                positions[i] = new SKPoint(fragment.X[i], fragment.Y[i]);
                clusters[i] = (uint)System.Text.Encoding.UTF8.GetByteCount(fragment.Text.AsSpan(0, (int)fragment.Clusters[i]));
            }
            using var blob = builder.Build();
            if (blob is null) continue;
            using var paint = new SKPaint { Color = fragment.Color, IsAntialias = true };
            var x = left + placed.X;
            canvas.DrawText(blob, x, baseline, paint);
            if (fragment.Link is { } link)
                canvas.DrawUrlAnnotation(new SKRect(x, item.Bounds.Top, x + fragment.Width, item.Bounds.Bottom), link);
        }
    }
}
