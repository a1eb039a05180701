using SkiaSharp;

namespace LifeStory.Documents.Layout.Blocks;

/// <summary>
/// Where each person's label sits above a scale: as near the bar as possible, sliding sideways when needed,
/// so that no two labels touch, no connector line runs through another label, and no label covers another
/// connector. Coordinates are relative to the bar's top (labels have negative y). Returns null when the
/// labels cannot be placed clearly, and the scale is then printed as plain lines instead.
/// </summary>
internal static class ScaleLabels
{
    private const float Gap = 5f;
    private const float Step = 12f;

    public sealed record Placement(SKRect Label, SKPoint From, SKPoint To);

    public static List<Placement>? Place(IReadOnlyList<(float X, float Width, float Height)> labels, float width, float rowHeight, float barMiddle)
    {
        // The order labels are placed in decides who gets the best spot: try left to right, right to left,
        // then the widest first, and keep the first arrangement where every label fits clearly.
        var indices = Enumerable.Range(0, labels.Count).ToList();
        IEnumerable<List<int>> orders =
        [
            indices,
            Enumerable.Reverse(indices).ToList(),
            indices.OrderByDescending(i => labels[i].Width).ThenBy(i => i).ToList(),
        ];
        foreach (var order in orders)
        {
            var placed = TryOrder(labels, order, width, rowHeight, barMiddle);
            if (placed is not null) return placed;
        }
        return null;
    }

    private static List<Placement>? TryOrder(IReadOnlyList<(float X, float Width, float Height)> labels, List<int> order,
        float width, float rowHeight, float barMiddle)
    {
        var placed = new Placement?[labels.Count];
        foreach (var index in order)
        {
            var (x, w, h) = labels[index];
            var found = Candidates(x, w, h, width, rowHeight, labels.Count + 2)
                .Select(rect => new Placement(rect, new SKPoint(rect.MidX, rect.Bottom), new SKPoint(x, barMiddle)))
                .FirstOrDefault(candidate => placed.All(other => other is null || Clear(candidate, other)));
            if (found is null) return null;
            placed[index] = found;
        }
        return [.. placed.Select(p => p!)];
    }

    /// <summary>Nearest the bar first; in each row, nearest the label's own point first.</summary>
    private static IEnumerable<SKRect> Candidates(float x, float w, float h, float width, float rowHeight, int rows)
    {
        for (var row = 0; row < rows; row++)
        {
            var top = -(row + 1) * rowHeight - Gap;
            var seen = new HashSet<float>();
            for (var shift = 0f; shift <= width; shift += Step)
                foreach (var signed in shift == 0 ? [0f] : new[] { -shift, shift })
                {
                    var left = Math.Clamp(x - w / 2 + signed, 0, Math.Max(0, width - w));
                    if (seen.Add(MathF.Round(left, 1))) yield return new SKRect(left, top, left + w, top + h);
                }
        }
    }

    private static bool Clear(Placement a, Placement b) =>
        !Overlaps(a.Label, b.Label) && !Crosses(a.From, a.To, b.Label) && !Crosses(b.From, b.To, a.Label) && !LinesCross(a, b);

    private static bool Overlaps(SKRect a, SKRect b) =>
        a.Left < b.Right + Gap && a.Right > b.Left - Gap && a.Top < b.Bottom + Gap && a.Bottom > b.Top - Gap;

    private static bool LinesCross(Placement a, Placement b)
    {
        static float Side(SKPoint p, SKPoint q, SKPoint r) => (q.X - p.X) * (r.Y - p.Y) - (q.Y - p.Y) * (r.X - p.X);
        return Side(a.From, a.To, b.From) * Side(a.From, a.To, b.To) < 0 && Side(b.From, b.To, a.From) * Side(b.From, b.To, a.To) < 0;
    }

    /// <summary>Whether the segment from p to q passes through the rectangle (grown by the gap): Liang–Barsky clipping.</summary>
    private static bool Crosses(SKPoint p, SKPoint q, SKRect rect)
    {
        var r = SKRect.Inflate(rect, Gap / 2, Gap / 2);
        float t0 = 0, t1 = 1, dx = q.X - p.X, dy = q.Y - p.Y;
        foreach (var (edge, delta) in new[] { (p.X - r.Left, -dx), (r.Right - p.X, dx), (p.Y - r.Top, -dy), (r.Bottom - p.Y, dy) })
        {
            if (delta == 0)
            {
                if (edge < 0) return false;
                continue;
            }
            var t = edge / delta;
            if (delta < 0) t0 = Math.Max(t0, t);
            else t1 = Math.Min(t1, t);
            if (t0 > t1) return false;
        }
        return true;
    }
}
