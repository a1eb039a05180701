using SkiaSharp;

namespace LifeStory.SampleArt.Painting;

/// <summary>
/// Draws a friendly stylised person: round face, dot eyes, a smile. Deliberately cartoonish so nobody
/// could mistake a sample picture for a real child.
/// </summary>
public static class Figure
{
    /// <param name="x">Centre of the person.</param>
    /// <param name="feet">Where their feet touch the ground.</param>
    /// <param name="h">Height from feet to top of head.</param>
    /// <param name="wave">Raise one arm, as if waving.</param>
    public static void Draw(SKCanvas c, float x, float feet, float h, Look look, bool wave = false)
    {
        var headR = h * (look.IsChild ? 0.15f : 0.12f);
        var headY = feet - h + headR;
        var neck = headY + headR;
        var hip = feet - h * 0.4f;
        var bodyW = h * (look.IsChild ? 0.3f : 0.27f);

        if (look.Style is HairStyle.Long or HairStyle.Headscarf)
            Kit.RoundRect(c, x - headR * 1.15f, headY - headR, headR * 2.3f, headR * 2.7f, headR, look.Hair);

        // Legs and shoes first so the body overlaps them.
        var legW = h * 0.085f;
        Kit.Rect(c, x - bodyW * 0.36f - legW / 2, hip - 4, legW, feet - hip, look.Bottom);
        Kit.Rect(c, x + bodyW * 0.36f - legW / 2, hip - 4, legW, feet - hip, look.Bottom);
        var shoe = new SKColor(40, 40, 48);
        Kit.Oval(c, x - bodyW * 0.4f, feet, legW * 0.8f, legW * 0.4f, shoe);
        Kit.Oval(c, x + bodyW * 0.4f, feet, legW * 0.8f, legW * 0.4f, shoe);

        // Arms: down by the sides, or one waving.
        var shoulder = neck + h * 0.05f;
        var armW = h * 0.06f;
        Kit.Line(c, x - bodyW / 2, shoulder, x - bodyW * 0.85f, hip, look.Top, armW);
        if (wave) Kit.Line(c, x + bodyW / 2, shoulder, x + bodyW * 0.95f, shoulder - h * 0.22f, look.Top, armW);
        else Kit.Line(c, x + bodyW / 2, shoulder, x + bodyW * 0.85f, hip, look.Top, armW);
        Kit.Circle(c, x - bodyW * 0.85f, hip + armW * 0.4f, armW * 0.6f, look.Skin);
        Kit.Circle(c, wave ? x + bodyW * 0.95f : x + bodyW * 0.85f, wave ? shoulder - h * 0.24f : hip + armW * 0.4f, armW * 0.6f, look.Skin);

        Kit.RoundRect(c, x - bodyW / 2, neck - 2, bodyW, hip - neck + h * 0.04f, bodyW * 0.3f, look.Top);
        Head(c, x, headY, headR, look);
    }

    private static void Head(SKCanvas c, float x, float y, float r, Look look)
    {
        if (look.Style == HairStyle.Headscarf) Kit.Circle(c, x, y, r * 1.2f, look.Hair);
        Kit.Circle(c, x, y, r, look.Skin);
        switch (look.Style)
        {
            case HairStyle.Short or HairStyle.Long:
                using (var path = new SKPath())
                {
                    path.AddArc(new SKRect(x - r * 1.05f, y - r * 1.1f, x + r * 1.05f, y + r * 0.9f), 180, 180);
                    path.Close();
                    using var p = Kit.Fill(look.Hair);
                    c.DrawPath(path, p);
                }
                break;
            case HairStyle.Curly:
                for (var i = 0; i < 9; i++)
                {
                    var a = MathF.PI + i / 8f * MathF.PI;
                    Kit.Circle(c, x + MathF.Cos(a) * r, y + MathF.Sin(a) * r * 0.9f, r * 0.32f, look.Hair);
                }
                break;
            case HairStyle.Bun:
                Kit.Circle(c, x, y - r * 1.05f, r * 0.38f, look.Hair);
                Kit.Oval(c, x, y - r * 0.6f, r * 0.95f, r * 0.45f, look.Hair);
                break;
        }

        // The friendly face: two dots, rosy cheeks and a smile.
        var eye = new SKColor(40, 30, 30);
        Kit.Circle(c, x - r * 0.35f, y + r * 0.05f, r * 0.1f, eye);
        Kit.Circle(c, x + r * 0.35f, y + r * 0.05f, r * 0.1f, eye);
        Kit.Circle(c, x - r * 0.55f, y + r * 0.35f, r * 0.15f, new SKColor(244, 114, 182, 90));
        Kit.Circle(c, x + r * 0.55f, y + r * 0.35f, r * 0.15f, new SKColor(244, 114, 182, 90));
        using var smile = Kit.Stroke(eye, r * 0.09f);
        using var arc = new SKPath();
        arc.AddArc(new SKRect(x - r * 0.4f, y - r * 0.05f, x + r * 0.4f, y + r * 0.55f), 20, 140);
        c.DrawPath(arc, smile);
    }
}
