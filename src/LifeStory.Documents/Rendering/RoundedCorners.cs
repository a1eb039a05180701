using SkiaSharp;

namespace LifeStory.Documents.Rendering;

/// <summary>
/// Rectangles with rounded corners (and circles, whose corners meet) built from one cubic curve per corner.
/// </summary>
/// <remarks>
/// Skia keeps round corners as conic sections, and its PDF writer, which has no conics, cuts each corner into
/// eight short cubics: a letter's six cards and five faces came to 880 curves and most of a page's bytes, all
/// to be formatted and compressed on every run. A single cubic with the usual 0.5523 handle length is within
/// 0.03 % of a true quarter circle, far below what a printer shows.
/// </remarks>
internal static class RoundedCorners
{
    /// <summary>How far along a side a corner's handles reach, as a fraction of its radius.</summary>
    private const float Handle = 0.5522848f;

    /// <summary>Fills <paramref name="path"/> (cleared first) with the outline; a reused path saves an allocation per shape.</summary>
    public static void Outline(SKPath path, SKRect bounds, float radius)
    {
        path.Reset();
        // Layout can hand over an empty or inside-out box (an empty quote, a name wider than its card): it
        // has no inside to draw, and must never stop the book.
        if (!IsDrawable(bounds)) return;
        radius = float.IsFinite(radius) ? Math.Clamp(radius, 0, Math.Min(bounds.Width, bounds.Height) / 2) : 0;
        if (radius <= 0)
        {
            path.AddRect(bounds);
            return;
        }
        var (l, t, r, b) = (bounds.Left, bounds.Top, bounds.Right, bounds.Bottom);
        var k = radius * (1 - Handle);
        path.MoveTo(l, t + radius);
        path.CubicTo(l, t + k, l + k, t, l + radius, t);
        if (r - radius > l + radius) path.LineTo(r - radius, t);
        path.CubicTo(r - k, t, r, t + k, r, t + radius);
        if (b - radius > t + radius) path.LineTo(r, b - radius);
        path.CubicTo(r, b - k, r - k, b, r - radius, b);
        if (l + radius < r - radius) path.LineTo(l + radius, b);
        path.CubicTo(l + k, b, l, b - k, l, b - radius);
        path.Close();
    }

    private static bool IsDrawable(SKRect bounds) =>
        float.IsFinite(bounds.Left) && float.IsFinite(bounds.Top) && float.IsFinite(bounds.Right) && float.IsFinite(bounds.Bottom) &&
        bounds.Width > 0 && bounds.Height > 0;
}
