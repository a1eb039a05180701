using LifeStory.Documents.Decorations;
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
internal sealed partial class PagePainter(IPictureSource pictures, float pictureDpi, Func<TextFragment, SKTypeface>? typefaces = null) : IDisposable
{
    private readonly Dictionary<(SKTypeface, float), SKFont> _fonts = [];
    private readonly SKPaint _paint = new() { IsAntialias = true };
    private readonly SKTextBlobBuilder _builder = new();
    private readonly SKPaint _shapePaint = new() { IsAntialias = true };
    private readonly SKPath _outline = new();
    private Dictionary<PictureRequest, SKImage> _prepared = [];

    /// <summary>
    /// Whether links (contents entries, web addresses) and named destinations are written as PDF annotations.
    /// Off for an imposed booklet: its pages sit out of order on paper-sized sheets, where a link would jump
    /// to the wrong place and nobody clicks paper. The words themselves are drawn either way.
    /// </summary>
    public bool Annotations { get; init; } = true;

    /// <summary>
    /// Prepares every picture on these pages at once, on up to <paramref name="parallelism"/> threads, at exactly
    /// the sizes <see cref="Paint"/> will ask for. The images belong to the picture source, not to the painter.
    /// </summary>
    public void PrepareAhead(IEnumerable<Page> pages, int parallelism) =>
        _prepared = PicturePreparation.Prepare(pictures, PicturePreparation.Collect(pages, pictureDpi), parallelism);

    public void Paint(SKCanvas canvas, Page page, SKColor paper)
    {
        canvas.Clear(paper);
        PaintItems(canvas, page);
    }

    /// <summary>
    /// Draws the page's items at the origin without clearing the canvas first: for drawing a page onto part of
    /// a larger sheet, where a clear would wipe the page already drawn beside it.
    /// </summary>
    public void PaintItems(SKCanvas canvas, Page page)
    {
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
            case MotifItem motif: MotifArt.Draw(canvas, motif.Motif, motif.Colour, motif.Bounds, motif.Rotation, motif.Opacity); break;
            case FurnitureItem furniture: PaintItem(canvas, furniture.Inner); break;
            case ScaledItem group: PaintGroup(canvas, group); break;
            case RotatedItem turned: PaintTurned(canvas, turned); break;
            case LinkItem link when Annotations: canvas.DrawLinkDestinationAnnotation(link.Bounds, link.Destination); break;
            case AnchorItem anchor when Annotations: canvas.DrawNamedDestinationAnnotation(new SKPoint(anchor.Bounds.Left, anchor.Bounds.Top), anchor.Name); break;
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

    private void PaintTurned(SKCanvas canvas, RotatedItem turned)
    {
        canvas.Save();
        canvas.Translate(turned.Bounds.MidX, turned.Bounds.MidY);
        canvas.RotateDegrees(turned.Degrees);
        foreach (var item in turned.Items) PaintItem(canvas, item);
        canvas.Restore();
    }

    private void PaintShape(SKCanvas canvas, ShapeItem shape)
    {
        // One paint for every shape, set afresh each time: a letter has dozens of panels, cards and frames.
        var paint = _shapePaint;
        paint.Style = SKPaintStyle.Fill;
        var outline = shape.CornerRadius > 0 ? Outline(shape.Bounds, shape.CornerRadius) : null;
        if (shape.Fill is { } fill)
        {
            paint.Color = fill;
            if (outline is null) canvas.DrawRect(shape.Bounds, paint);
            else canvas.DrawPath(outline, paint);
        }
        if (shape.Stroke is { } stroke && shape.StrokeWidth > 0)
        {
            paint.Style = SKPaintStyle.Stroke;
            paint.StrokeWidth = shape.StrokeWidth;
            paint.Color = stroke;
            if (outline is null) canvas.DrawRect(shape.Bounds, paint);
            else canvas.DrawPath(outline, paint);
        }
    }

    private SKPath Outline(SKRect bounds, float radius)
    {
        RoundedCorners.Outline(_outline, bounds, radius);
        return _outline;
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
            canvas.ClipPath(Outline(item.Bounds, item.CornerRadius), antialias: true);
        // Black and white for a photo the case marks as sensitive: the same image, drawn through a grey filter.
        using var filter = item.Grayscale ? GreyFilter.Create() : null;
        using var grey = filter is null ? null : new SKPaint { ColorFilter = filter };
        canvas.DrawImage(image, item.Bounds, new SKSamplingOptions(SKCubicResampler.Mitchell), grey);
        canvas.Restore();
    }

    public void Dispose()
    {
        foreach (var font in _fonts.Values) font.Dispose();
        _fonts.Clear();
        _paint.Dispose();
        _builder.Dispose();
        _shapePaint.Dispose();
        _outline.Dispose();
    }
}
