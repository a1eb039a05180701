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
internal sealed class PagePainter(IPictureSource pictures, float pictureDpi, Func<TextFragment, SKTypeface>? typefaces = null) : IDisposable
{
    private readonly Dictionary<(SKTypeface, float), SKFont> _fonts = [];
    private readonly SKPaint _paint = new() { IsAntialias = true };
    private Dictionary<PictureRequest, SKImage> _prepared = [];

    /// <summary>
    /// Prepares every picture on these pages at once, on up to <paramref name="parallelism"/> threads, at exactly
    /// the sizes <see cref="Paint"/> will ask for. The images belong to the picture source, not to the painter.
    /// </summary>
    public void PrepareAhead(IEnumerable<Page> pages, int parallelism) =>
        _prepared = PicturePreparation.Prepare(pictures, PicturePreparation.Collect(pages, pictureDpi), parallelism);

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
        var request = PicturePreparation.For(item, pictureDpi);
        var image = _prepared.GetValueOrDefault(request) ?? pictures.Prepare(request.Source, request.PixelWidth, request.PixelHeight, request.Crop);
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
        var fragments = item.Line.Fragments;
        // One text blob per run of same-coloured fragments: a line is usually a single draw call, which is
        // what keeps writing a 100-page book fast.
        var start = 0;
        while (start < fragments.Count)
        {
            var colour = fragments[start].Fragment.Color;
            var end = start;
            while (end < fragments.Count && fragments[end].Fragment.Color == colour) end++;
            using (var builder = new SKTextBlobBuilder())
            {
                var any = false;
                for (var f = start; f < end; f++)
                    any |= AddRun(builder, fragments[f].Fragment, left + fragments[f].X);
                if (any)
                {
                    using var blob = builder.Build();
                    _paint.Color = colour;
                    if (blob is not null) canvas.DrawText(blob, 0, baseline, _paint);
                }
            }
            start = end;
        }
        foreach (var placed in fragments)
            if (placed.Fragment.Link is { } link)
                canvas.DrawUrlAnnotation(new SKRect(left + placed.X, item.Bounds.Top, left + placed.X + placed.Fragment.Width, item.Bounds.Bottom), link);
    }

    /// <summary>
    /// Adds one fragment as a positioned run. Text and clusters travel with the glyphs so the PDF maps
    /// ligatures and Arabic forms back to their letters: copying, searching and screen readers get the words.
    /// </summary>
    private bool AddRun(SKTextBlobBuilder builder, TextFragment fragment, float x)
    {
        if (fragment.Glyphs.Length == 0) return false;
        var font = FontFor(typefaces?.Invoke(fragment) ?? fragment.Face.Typeface, fragment.Size);
        var text = fragment.Text;
        var byteCount = System.Text.Encoding.UTF8.GetByteCount(text);
        if (OneGlyphPerLetter(fragment, byteCount))
        {
            // Plain text, one glyph per letter: the font's own character map already tells a PDF reader
            // which letter each glyph is, and leaving the text out of the run makes writing much faster.
            var plain = builder.AllocatePositionedRun(font, fragment.Glyphs.Length);
            var plainGlyphs = plain.Glyphs;
            var plainPositions = plain.Positions;
            for (var i = 0; i < fragment.Glyphs.Length; i++)
            {
                plainGlyphs[i] = fragment.Glyphs[i];
                plainPositions[i] = new SKPoint(x + fragment.X[i], fragment.Y[i]);
            }
            return true;
        }
        var run = builder.AllocatePositionedTextRun(font, fragment.Glyphs.Length, byteCount);
        System.Text.Encoding.UTF8.GetBytes(text, run.Text);
        var glyphs = run.Glyphs;
        var positions = run.Positions;
        var clusters = run.Clusters;
        // Clusters count UTF-16 units; the PDF wants UTF-8 bytes. ASCII needs no conversion.
        int[]? byteOffsets = byteCount == text.Length ? null : Utf8Offsets(text);
        for (var i = 0; i < fragment.Glyphs.Length; i++)
        {
            glyphs[i] = fragment.Glyphs[i];
            positions[i] = new SKPoint(x + fragment.X[i], fragment.Y[i]);
            var cluster = (int)fragment.Clusters[i];
            clusters[i] = (uint)(byteOffsets is null ? cluster : byteOffsets[Math.Min(cluster, text.Length)]);
        }
        return true;
    }

    private static bool OneGlyphPerLetter(TextFragment fragment, int byteCount)
    {
        if (byteCount != fragment.Text.Length || fragment.Glyphs.Length != fragment.Text.Length) return false;
        for (var i = 0; i < fragment.Clusters.Length; i++)
            if (fragment.Clusters[i] != i) return false;
        return true;
    }

    private static int[] Utf8Offsets(string text)
    {
        var offsets = new int[text.Length + 1];
        var bytes = 0;
        for (var i = 0; i < text.Length; i++)
        {
            offsets[i] = bytes;
            var c = text[i];
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : char.IsHighSurrogate(c) ? 4 : char.IsLowSurrogate(c) ? 0 : 3;
        }
        offsets[text.Length] = bytes;
        return offsets;
    }

    private SKFont FontFor(SKTypeface typeface, float size)
    {
        if (!_fonts.TryGetValue((typeface, size), out var font))
        {
            font = new SKFont(typeface, size) { Subpixel = true, LinearMetrics = true };
            _fonts.Add((typeface, size), font);
        }
        return font;
    }

    public void Dispose()
    {
        foreach (var font in _fonts.Values) font.Dispose();
        _fonts.Clear();
        _paint.Dispose();
    }
}
