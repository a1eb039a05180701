using SkiaSharp;

namespace LifeStory.Documents.Decorations.Art;

/// <summary>How a layer is drawn: see <see cref="Sketch"/>.</summary>
internal enum LayerKind
{
    /// <summary>Part of the motif's outline shape: every body layer together gets one outer outline.</summary>
    Body,

    /// <summary>Flat colour on top, with no outline: spots, shading, cheeks, eyes.</summary>
    Patch,

    /// <summary>A part drawn over the body with its own outline, such as an ear in front of a head.</summary>
    Piece,
}

/// <summary>One filled shape; a piece's own outline is <paramref name="Outline"/> wide.</summary>
internal sealed record Layer(SKPath Path, SKColor Colour, LayerKind Kind, float Outline = Sketch.OutlineWidth);

/// <summary>
/// One motif being drawn, as a list of filled vector shapes in a unit box (0..1 both ways, y down). Lines are
/// turned into filled shapes too, so the whole motif is paths and colours: sharp at any size, small in a PDF.
/// Painting draws the outline of all body layers first and then every layer's fill in order, so the outline
/// runs round the whole silhouette and never between the parts of it: the look of a children's sticker.
/// </summary>
internal sealed class Sketch(Tones tones) : IDisposable
{
    /// <summary>The outline's width in the unit box: 0.7 mm when the motif is 2 cm across.</summary>
    public const float OutlineWidth = 0.034f;

    /// <summary>The grid a finished motif is stored on: a thousand steps across, so a PDF holds short whole numbers.</summary>
    private const float Grid = 1000;

    /// <summary>The space left round a finished motif in its box, so its outline never quite touches the edge.</summary>
    private const float FitMargin = 0.005f;

    private readonly List<Layer> _layers = [];

    /// <summary>Path units per unit of the box, and outline widths' scale: both 1 while drawing, set by <see cref="Finish"/>.</summary>
    private float _unit = 1, _outlineScale = 1;

    public Tones T => tones;
    public IReadOnlyList<Layer> Layers => _layers;

    public void Body(SKPath path, SKColor colour) => _layers.Add(new Layer(path, colour, LayerKind.Body));
    public void Patch(SKPath path, SKColor colour) => _layers.Add(new Layer(path, colour, LayerKind.Patch));
    public void Piece(SKPath path, SKColor colour, float outline = OutlineWidth) => _layers.Add(new Layer(path, colour, LayerKind.Piece, outline));

    /// <summary>A line with round ends, such as a whisker, a smile or an antenna.</summary>
    public void Line(SKPath centreLine, SKColor colour, float width) => Patch(Thick(centreLine, width), colour);

    /// <summary>A friendly dot eye with a shine; white round it when the body is too dark for a dark eye to show.</summary>
    public void Eye(float cx, float cy, float r)
    {
        if (tones.IsDark) Patch(Circle(cx, cy, r * 1.45f), Tones.White);
        Patch(Oval(cx, cy, r, r * 1.12f), Tones.Ink);
        Patch(Circle(cx + r * 0.35f, cy - r * 0.4f, r * 0.38f), Tones.White);
    }

    /// <summary>A closed, happy eye: a little arch.</summary>
    public void HappyEye(float cx, float cy, float w)
    {
        using var arch = new SKPath();
        arch.MoveTo(cx - w / 2, cy + w * 0.15f);
        arch.QuadTo(cx, cy - w * 0.45f, cx + w / 2, cy + w * 0.15f);
        Line(arch, FaceInk, w * 0.28f);
    }

    /// <summary>A smile: an arc <paramref name="w"/> wide and <paramref name="h"/> deep.</summary>
    public void Smile(float cx, float cy, float w, float h, float thickness = 0.022f, SKColor? colour = null)
    {
        using var arc = new SKPath();
        arc.MoveTo(cx - w / 2, cy);
        arc.QuadTo(cx, cy + h * 2, cx + w / 2, cy);
        Line(arc, colour ?? FaceInk, thickness);
    }

    /// <summary>Dark lines on the body's colour, or white ones when the body is too dark for dark lines to show.</summary>
    public SKColor FaceInk => tones.IsDark ? Tones.White : Tones.Ink;

    public void Cheek(float cx, float cy, float r) => Patch(Oval(cx, cy, r, r * 0.7f), Tones.Blush);

    public static SKPath Circle(float cx, float cy, float r) => Oval(cx, cy, r, r);

    /// <summary>An oval, turned by <paramref name="degrees"/> (clockwise) about its centre.</summary>
    public static SKPath Oval(float cx, float cy, float rx, float ry, float degrees = 0)
    {
        var path = new SKPath();
        path.AddOval(new SKRect(cx - rx, cy - ry, cx + rx, cy + ry));
        return Turn(path, degrees, cx, cy);
    }

    public static SKPath RoundRect(float left, float top, float right, float bottom, float radius, float degrees = 0)
    {
        var path = new SKPath();
        path.AddRoundRect(new SKRect(left, top, right, bottom), radius, radius);
        return Turn(path, degrees, (left + right) / 2, (top + bottom) / 2);
    }

    /// <summary>A polygon with every corner rounded: stars, ears, fins.</summary>
    public static SKPath Rounded(float radius, params SKPoint[] points)
    {
        var path = new SKPath();
        var n = points.Length;
        var start = Mid(points[n - 1], points[0]);
        path.MoveTo(start);
        for (var i = 0; i < n; i++)
            path.ArcTo(points[i], points[(i + 1) % n], radius);
        path.Close();
        return path;
    }

    /// <summary>A line of the given width with round ends and joins, as a filled shape.</summary>
    public static SKPath Thick(SKPath centreLine, float width)
    {
        using var paint = new SKPaint { Style = SKPaintStyle.Stroke, StrokeWidth = width, StrokeCap = SKStrokeCap.Round, StrokeJoin = SKStrokeJoin.Round };
        var path = new SKPath();
        paint.GetFillPath(centreLine, path);
        return path;
    }

    /// <summary>The same shape reflected left to right across the middle of the box.</summary>
    public static SKPath Mirror(SKPath path)
    {
        var copy = new SKPath(path);
        copy.Transform(SKMatrix.CreateScale(-1, 1, 0.5f, 0));
        return copy;
    }

    /// <summary>The part of <paramref name="path"/> inside <paramref name="within"/>: patterns on a ball, stripes on a fish.</summary>
    public static SKPath Inside(SKPath path, SKPath within) => path.Op(within, SKPathOp.Intersect) ?? new SKPath();

    public static SKPoint P(float x, float y) => new(x, y);

    /// <summary>The box the motif's ink covers in the unit box, including its outlines.</summary>
    public SKRect InkBounds()
    {
        var bounds = SKRect.Empty;
        foreach (var layer in _layers)
        {
            var box = layer.Path.TightBounds;
            var outline = layer.Outline * _outlineScale / 2;
            if (layer.Kind != LayerKind.Patch) box.Inflate(outline, outline);
            bounds = bounds.IsEmpty ? box : SKRect.Union(bounds, box);
        }
        return new SKRect(bounds.Left / _unit, bounds.Top / _unit, bounds.Right / _unit, bounds.Bottom / _unit);
    }

    /// <summary>
    /// Readies the drawing for painting: scales and centres it so it fills its box (every motif the same size
    /// whatever its shape), turns each arc into one cubic curve and puts every point on a 1000-step grid. A
    /// PDF then holds a few short numbers per curve instead of many long ones, and nothing visible changes:
    /// a step is a hundredth of a millimetre on a 10 cm motif.
    /// </summary>
    public void Finish()
    {
        if (_unit != 1 || _layers.Count == 0) return;
        var ink = InkBounds();
        var scale = (1 - 2 * FitMargin) / Math.Max(ink.Width, ink.Height);
        var matrix = SKMatrix.CreateTranslation(-ink.MidX, -ink.MidY)
            .PostConcat(SKMatrix.CreateScale(scale * Grid, scale * Grid))
            .PostConcat(SKMatrix.CreateTranslation(Grid / 2, Grid / 2));
        for (var i = 0; i < _layers.Count; i++)
        {
            var layer = _layers[i];
            _layers[i] = layer with { Path = OnGrid(layer.Path, matrix) };
            layer.Path.Dispose();
        }
        (_unit, _outlineScale) = (Grid, scale * Grid);
    }

    /// <summary>Draws the motif in the unit box of the canvas's current transform.</summary>
    public void Paint(SKCanvas canvas)
    {
        using var fill = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Fill };
        using var outline = new SKPaint
        {
            IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeJoin = SKStrokeJoin.Round, Color = tones.Outline,
            StrokeWidth = OutlineWidth * _outlineScale,
        };
        canvas.Save();
        canvas.Scale(1 / _unit);
        foreach (var layer in _layers.Where(l => l.Kind == LayerKind.Body))
            canvas.DrawPath(layer.Path, outline);
        foreach (var layer in _layers)
        {
            fill.Color = layer.Colour;
            canvas.DrawPath(layer.Path, fill);
            if (layer.Kind != LayerKind.Piece) continue;
            outline.StrokeWidth = layer.Outline * _outlineScale;
            canvas.DrawPath(layer.Path, outline);
        }
        canvas.Restore();
    }

    public void Dispose()
    {
        foreach (var layer in _layers) layer.Path.Dispose();
        _layers.Clear();
    }

    /// <summary>The path moved by the matrix onto whole numbers, with each conic (an arc) as the cubic that matches it.</summary>
    private static SKPath OnGrid(SKPath path, SKMatrix matrix)
    {
        SKPoint Map(SKPoint p)
        {
            var q = matrix.MapPoint(p);
            return new SKPoint(MathF.Round(q.X), MathF.Round(q.Y));
        }
        var result = new SKPath { FillType = path.FillType };
        using var iterator = path.CreateRawIterator();
        var points = new SKPoint[4];
        SKPathVerb verb;
        while ((verb = iterator.Next(points)) != SKPathVerb.Done)
        {
            switch (verb)
            {
                case SKPathVerb.Move: result.MoveTo(Map(points[0])); break;
                case SKPathVerb.Line: result.LineTo(Map(points[1])); break;
                case SKPathVerb.Quad: result.QuadTo(Map(points[1]), Map(points[2])); break;
                case SKPathVerb.Cubic: result.CubicTo(Map(points[1]), Map(points[2]), Map(points[3])); break;
                case SKPathVerb.Conic:
                    // An arc of up to 90 degrees: its control points lie this far along the conic's two tangents.
                    var w = iterator.ConicWeight();
                    var k = 4f / 3f * w / (1 + w);
                    result.CubicTo(
                        Map(points[0] + new SKPoint((points[1].X - points[0].X) * k, (points[1].Y - points[0].Y) * k)),
                        Map(points[2] + new SKPoint((points[1].X - points[2].X) * k, (points[1].Y - points[2].Y) * k)),
                        Map(points[2]));
                    break;
                case SKPathVerb.Close: result.Close(); break;
            }
        }
        return result;
    }

    private static SKPath Turn(SKPath path, float degrees, float cx, float cy)
    {
        if (degrees != 0) path.Transform(SKMatrix.CreateRotationDegrees(degrees, cx, cy));
        return path;
    }

    private static SKPoint Mid(SKPoint a, SKPoint b) => new((a.X + b.X) / 2, (a.Y + b.Y) / 2);
}
