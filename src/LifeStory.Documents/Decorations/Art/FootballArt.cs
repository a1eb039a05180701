using SkiaSharp;
using static LifeStory.Documents.Decorations.Art.Sketch;

namespace LifeStory.Documents.Decorations.Art;

/// <summary>A football: a white ball with a dark pentagon in the middle, the edges of five more and the seams.</summary>
internal static class FootballArt
{
    public static void Draw(Sketch s)
    {
        var t = s.T;
        const float cx = 0.5f, cy = 0.5f;
        using var ball = Circle(cx, cy, 0.45f);
        s.Body(new SKPath(ball), SKColors.White);
        using (var shade = Circle(cx - 0.06f, cy - 0.06f, 0.44f))
            s.Patch(ball.Op(shade, SKPathOp.Difference) ?? new SKPath(), Tones.Mix(SKColors.White, t.Main, 0.14f));

        var patch = Tones.Luminance(t.Main) > 0.6f ? t.Dark : t.Main;
        var centre = Pentagon(cx, cy, 0.15f, -90);
        using var seams = new SKPath();
        using var outer = new SKPath();
        var around = new SKPoint[5][];
        for (var i = 0; i < 5; i++)
        {
            var angle = (-90 + i * 72) * MathF.PI / 180;
            around[i] = Pentagon(cx + 0.4f * MathF.Cos(angle), cy + 0.4f * MathF.Sin(angle), 0.14f, -90 + i * 72 + 180);
            outer.AddPoly(around[i], close: true);
        }
        for (var i = 0; i < 5; i++)
        {
            // A seam from each corner of the middle patch to the nearest corner of the patch beyond it, and one
            // joining the nearest corners of neighbouring outer patches: the edges of the white hexagons.
            seams.MoveTo(centre[i]);
            seams.LineTo(around[i].MinBy(p => SKPoint.Distance(p, centre[i])));
            var next = around[(i + 1) % 5];
            var (a, b) = around[i].SelectMany(p => next.Select(q => (p, q))).MinBy(pair => SKPoint.Distance(pair.p, pair.q));
            seams.MoveTo(a);
            seams.LineTo(b);
        }
        using (var lines = Thick(seams, 0.018f))
            s.Patch(Inside(lines, ball), t.Outline);
        using (var corners = Rounded(0.02f, centre))
            s.Patch(new SKPath(corners), patch);
        s.Patch(Inside(outer, ball), patch);
    }

    private static SKPoint[] Pentagon(float cx, float cy, float r, float startDegrees) =>
        [.. Enumerable.Range(0, 5).Select(i => (startDegrees + i * 72) * MathF.PI / 180).Select(a => P(cx + r * MathF.Cos(a), cy + r * MathF.Sin(a)))];
}
