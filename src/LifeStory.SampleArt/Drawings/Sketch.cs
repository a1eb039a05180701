using SkiaSharp;
using static LifeStory.SampleArt.Drawings.FeltTipColours;

namespace LifeStory.SampleArt.Drawings;

/// <summary>
/// The shapes a social worker reaches for in Words and Pictures: round-headed people, homes, hearts,
/// thought and speech bubbles, arrows and ticks. All drawn with a <see cref="FeltTip"/>.
/// </summary>
public static class Sketch
{
    /// <summary>Draws someone standing on <paramref name="feet"/>, or sitting cross-legged there.</summary>
    /// <param name="reach">Where to put their hands instead of <paramref name="arms"/>: on a table, on someone's shoulder.</param>
    /// <returns>Where their hands are (left, right), so they can hold things.</returns>
    public static (SKPoint Left, SKPoint Right) Person(FeltTip pen, Someone who, float x, float feet,
        Mood mood = Mood.Smile, Arms arms = Arms.Down, bool sitting = false, (SKPoint Left, SKPoint Right)? reach = null)
    {
        var h = who.Height;
        var r = h * (who.Child ? 0.15f : 0.12f);
        var legs = h * (who.Child ? 0.34f : 0.38f);
        var hip = sitting ? feet - h * 0.07f : feet - legs;
        var neck = Neck(who, feet, sitting);
        var headY = neck - r;
        var shoulders = neck + h * 0.05f;
        var sw = h * (who.Child ? 0.12f : 0.11f);
        var bw = who.Dress ? h * 0.19f : h * 0.13f;
        var hem = who.Dress && !sitting ? hip + h * 0.1f : hip;

        // Legs first, then the body over their tops.
        var shoe = h * 0.05f;
        if (sitting)
        {
            // Cross-legged: a wide lap with the knees out to the sides and the shins crossing in the middle.
            using var lap = new SKPath();
            lap.AddRoundRect(SKRect.Create(x - h * 0.25f, hem - h * 0.05f, h * 0.5f, h * 0.12f), h * 0.06f, h * 0.06f);
            pen.ColourIn(lap, who.Dress ? who.Skin : who.Clothes, 0.45f);
            pen.Outline(lap, Ink);
            pen.Curve(Ink, FeltTip.Nib * 0.8f, new(x - h * 0.16f, hem + h * 0.065f), new(x, hem + h * 0.01f), new(x + h * 0.16f, hem + h * 0.065f));
        }
        else
        {
            foreach (var side in new[] { -1f, 1f })
            {
                var foot = new SKPoint(x + side * bw * 0.55f, feet);
                pen.Line(Ink, FeltTip.Nib, new(x + side * bw * 0.45f, hem - 2), foot);
                pen.Line(Ink, FeltTip.Nib * 2.2f, foot, new(foot.X + side * shoe, feet));
            }
        }

        using (var body = new SKPath())
        {
            body.MoveTo(x - sw * 0.55f, neck - 1);
            body.QuadTo(x - sw, neck, x - sw, shoulders + h * 0.04f);
            body.LineTo(x - bw, hem);
            body.LineTo(x + bw, hem);
            body.LineTo(x + sw, shoulders + h * 0.04f);
            body.QuadTo(x + sw, neck, x + sw * 0.55f, neck - 1);
            body.Close();
            pen.ColourIn(body, who.Clothes, 0.7f);
            pen.Outline(body, Ink);
        }

        var hands = ArmsAt(pen, who, x, shoulders, hip, h, sw, arms, reach);
        Head(pen, who, x, headY, r, mood);
        return hands;
    }

    /// <summary>Where someone's chin meets their collar, for things drawn at the neck.</summary>
    public static float Neck(Someone who, float feet, bool sitting = false)
    {
        var h = who.Height;
        var legs = h * (who.Child ? 0.34f : 0.38f);
        var hip = sitting ? feet - h * 0.07f : feet - legs;
        return hip - (h - legs) + 2 * h * (who.Child ? 0.15f : 0.12f);
    }

    private static (SKPoint Left, SKPoint Right) ArmsAt(FeltTip pen, Someone who, float x, float shoulders, float hip, float h, float sw, Arms arms,
        (SKPoint Left, SKPoint Right)? reach)
    {
        var ls = new SKPoint(x - sw * 0.92f, shoulders + h * 0.03f);
        var rs = new SKPoint(x + sw * 0.92f, shoulders + h * 0.03f);
        var (lh, rh, le, re) = arms switch
        {
            Arms.Wave => (new SKPoint(x - sw - h * 0.08f, hip + h * 0.02f), new SKPoint(x + sw + h * 0.14f, shoulders - h * 0.14f),
                new SKPoint(x - sw - h * 0.05f, shoulders + h * 0.14f), new SKPoint(x + sw + h * 0.1f, shoulders)),
            Arms.Forward => (new SKPoint(x - sw - h * 0.13f, shoulders + h * 0.2f), new SKPoint(x + sw + h * 0.13f, shoulders + h * 0.2f),
                new SKPoint(x - sw - h * 0.06f, shoulders + h * 0.16f), new SKPoint(x + sw + h * 0.06f, shoulders + h * 0.16f)),
            Arms.Hug => (new SKPoint(x - sw - h * 0.08f, hip + h * 0.02f), new SKPoint(x + sw + h * 0.24f, shoulders + h * 0.02f),
                new SKPoint(x - sw - h * 0.05f, shoulders + h * 0.14f), new SKPoint(x + sw + h * 0.1f, shoulders - h * 0.04f)),
            Arms.Hold => (new SKPoint(x - sw * 0.45f, hip - h * 0.07f), new SKPoint(x + sw * 0.45f, hip - h * 0.07f),
                new SKPoint(x - sw - h * 0.03f, shoulders + h * 0.14f), new SKPoint(x + sw + h * 0.03f, shoulders + h * 0.14f)),
            _ => (new SKPoint(x - sw - h * 0.08f, hip + h * 0.02f), new SKPoint(x + sw + h * 0.08f, hip + h * 0.02f),
                new SKPoint(x - sw - h * 0.05f, shoulders + h * 0.14f), new SKPoint(x + sw + h * 0.05f, shoulders + h * 0.14f)),
        };
        if (reach is var (toLeft, toRight))
        {
            // Elbows bend outwards, half-way to the hand.
            (lh, rh) = (toLeft, toRight);
            le = new SKPoint((ls.X + lh.X) / 2 - h * 0.06f, (ls.Y + lh.Y) / 2 + h * 0.02f);
            re = new SKPoint((rs.X + rh.X) / 2 + h * 0.06f, (rs.Y + rh.Y) / 2 + h * 0.02f);
        }
        pen.Curve(Ink, FeltTip.Nib, ls, le, lh);
        pen.Curve(Ink, FeltTip.Nib, rs, re, rh);
        foreach (var hand in new[] { lh, rh })
        {
            using var ring = pen.Ring(hand.X, hand.Y, h * 0.025f, h * 0.025f);
            pen.ColourIn(ring, who.Skin, 0.5f);
            pen.Outline(ring, Ink, FeltTip.Nib * 0.8f);
        }
        return (lh, rh);
    }

    private static void Head(FeltTip pen, Someone who, float x, float y, float r, Mood mood)
    {
        using var head = new SKPath();
        head.AddOval(SKRect.Create(x - r, y - r * 1.02f, 2 * r, 2.04f * r));
        using var hair = HairShape(who.Hair, x, y, r);
        using var face = head.Op(hair, SKPathOp.Difference) ?? new SKPath();
        pen.ColourIn(face, who.Skin, 0.5f);
        pen.ColourIn(hair, who.HairColour, 0.75f);
        pen.Outline(hair, Ink, FeltTip.Nib * 0.9f);
        pen.Ellipse(Ink, FeltTip.Nib, x, y, r, r * 1.02f);
        if (who.Hair == Hair.Curly)
        {
            // A few curls drawn on top of the colour.
            for (var i = 0; i < 4; i++)
            {
                var a = MathF.PI * (1.2f + i * 0.2f);
                pen.Ellipse(Ink, FeltTip.Nib * 0.6f, x + MathF.Cos(a) * r * 1.04f, y + MathF.Sin(a) * r * 1.04f, r * 0.13f, r * 0.13f);
            }
        }

        var eyeY = y + r * 0.05f;
        pen.Dot(Ink, x - r * 0.36f, eyeY, r * 0.1f);
        pen.Dot(Ink, x + r * 0.36f, eyeY, r * 0.1f);
        if (who.Glasses)
        {
            pen.Ellipse(Ink, FeltTip.Nib * 0.6f, x - r * 0.38f, eyeY, r * 0.26f, r * 0.22f);
            pen.Ellipse(Ink, FeltTip.Nib * 0.6f, x + r * 0.38f, eyeY, r * 0.26f, r * 0.22f);
            pen.Line(Ink, FeltTip.Nib * 0.6f, new(x - r * 0.12f, eyeY - r * 0.04f), new(x + r * 0.12f, eyeY - r * 0.04f));
        }
        var mouthY = y + r * 0.48f;
        switch (mood)
        {
            case Mood.Smile:
                pen.Curve(Red, FeltTip.Nib * 0.8f, new(x - r * 0.38f, mouthY - r * 0.1f), new(x, mouthY + r * 0.14f), new(x + r * 0.38f, mouthY - r * 0.1f));
                foreach (var side in new[] { -1f, 1f })
                {
                    using var cheek = pen.Ring(x + side * r * 0.62f, y + r * 0.34f, r * 0.13f, r * 0.1f);
                    pen.ColourIn(cheek, Pink, 0.45f);
                }
                break;
            case Mood.Calm:
                pen.Line(Ink, FeltTip.Nib * 0.8f, new(x - r * 0.22f, mouthY), new(x + r * 0.22f, mouthY));
                break;
            case Mood.Worried:
                pen.Curve(Ink, FeltTip.Nib * 0.8f, new(x - r * 0.26f, mouthY + r * 0.08f), new(x, mouthY - r * 0.03f), new(x + r * 0.26f, mouthY + r * 0.08f));
                break;
        }
    }

    private static SKPath HairShape(Hair hair, float x, float y, float r)
    {
        using var top = new SKPath();
        top.AddOval(SKRect.Create(x - r * 1.1f, y - r * 1.14f, 2.2f * r, 2.2f * r));
        using var above = new SKPath();
        above.AddRect(SKRect.Create(x - 2 * r, y - 2 * r, 4 * r, 2 * r - r * 0.32f));
        var cap = top.Op(above, SKPathOp.Intersect) ?? new SKPath();
        switch (hair)
        {
            case Hair.Long:
            {
                // Two falls of hair beside the face, down to the shoulders; nothing under the chin.
                using var fall = new SKPath();
                fall.AddRoundRect(SKRect.Create(x - r * 1.16f, y - r * 0.7f, 2.32f * r, r * 2.1f), r * 0.45f, r * 0.45f);
                using var face = new SKPath();
                face.AddRoundRect(SKRect.Create(x - r * 0.9f, y - r * 0.32f, 1.8f * r, r * 3f), r * 0.8f, r * 0.8f);
                using var around = fall.Op(face, SKPathOp.Difference);
                return Union(cap, around);
            }
            case Hair.Curly:
            {
                var result = cap;
                for (var i = 0; i < 7; i++)
                {
                    var a = MathF.PI * (0.95f + i * 0.183f);
                    using var curl = new SKPath();
                    curl.AddCircle(x + MathF.Cos(a) * r * 1.02f, y + MathF.Sin(a) * r * 1.02f, r * 0.3f);
                    var next = Union(result, curl);
                    result.Dispose();
                    result = next;
                }
                return result;
            }
            case Hair.Bun:
            {
                using var bun = new SKPath();
                bun.AddCircle(x + r * 0.1f, y - r * 1.3f, r * 0.42f);
                return Union(cap, bun);
            }
            case Hair.Bunches:
            {
                using var bunches = new SKPath();
                bunches.AddOval(SKRect.Create(x - r * 1.62f, y - r * 0.55f, r * 0.7f, r * 0.8f));
                bunches.AddOval(SKRect.Create(x + r * 0.92f, y - r * 0.55f, r * 0.7f, r * 0.8f));
                return Union(cap, bunches);
            }
            default:
                return cap;
        }
    }

    private static SKPath Union(SKPath a, SKPath? b)
    {
        var result = b is null ? new SKPath(a) : a.Op(b, SKPathOp.Union) ?? new SKPath(a);
        if (!ReferenceEquals(result, a)) a.Dispose();
        return result;
    }

    /// <summary>The outline of a teddy sitting with its middle at (x, y), for <see cref="FeltTip.Behind"/>.</summary>
    public static SKPath TeddyShape(float x, float y, float size)
    {
        var path = new SKPath();
        path.AddOval(SKRect.Create(x - size * 0.42f, y - size * 0.2f, size * 0.84f, size * 0.72f));
        path.AddCircle(x, y - size * 0.42f, size * 0.3f);
        path.AddCircle(x - size * 0.26f, y - size * 0.68f, size * 0.11f);
        path.AddCircle(x + size * 0.26f, y - size * 0.68f, size * 0.11f);
        return path;
    }

    /// <summary>A teddy bear: round tummy, round head, round ears, dot eyes and a little smile.</summary>
    public static void Teddy(FeltTip pen, float x, float y, float size)
    {
        using (var shape = TeddyShape(x, y, size))
            pen.ColourIn(shape, Brown, 0.55f);
        pen.Ellipse(Ink, FeltTip.Nib * 0.9f, x, y + size * 0.16f, size * 0.42f, size * 0.36f);
        pen.Ellipse(Ink, FeltTip.Nib * 0.9f, x - size * 0.26f, y - size * 0.68f, size * 0.11f, size * 0.11f);
        pen.Ellipse(Ink, FeltTip.Nib * 0.9f, x + size * 0.26f, y - size * 0.68f, size * 0.11f, size * 0.11f);
        pen.Ellipse(Ink, FeltTip.Nib * 0.9f, x, y - size * 0.42f, size * 0.3f, size * 0.3f);
        pen.Dot(Ink, x - size * 0.11f, y - size * 0.47f, size * 0.035f);
        pen.Dot(Ink, x + size * 0.11f, y - size * 0.47f, size * 0.035f);
        pen.Dot(Ink, x, y - size * 0.37f, size * 0.045f);
        pen.Curve(Ink, FeltTip.Nib * 0.6f, new(x - size * 0.08f, y - size * 0.3f), new(x, y - size * 0.26f), new(x + size * 0.08f, y - size * 0.3f));
        using var tummy = pen.Ring(x, y + size * 0.2f, size * 0.2f, size * 0.17f);
        pen.ColourIn(tummy, Orange, 0.35f);
    }

    /// <summary>A heart, coloured in. <paramref name="size"/> is its width.</summary>
    public static void Heart(FeltTip pen, float x, float y, float size, SKColor colour)
    {
        using var path = HeartPath(x, y, size);
        pen.ColourIn(path, colour, 0.7f);
        pen.Outline(path, colour, FeltTip.Nib);
    }

    public static SKPath HeartPath(float x, float y, float size)
    {
        var s = size;
        var path = new SKPath();
        path.MoveTo(x, y + 0.42f * s);
        path.CubicTo(x - 0.2f * s, y + 0.25f * s, x - 0.55f * s, y + 0.05f * s, x - 0.5f * s, y - 0.18f * s);
        path.CubicTo(x - 0.45f * s, y - 0.48f * s, x - 0.08f * s, y - 0.48f * s, x, y - 0.2f * s);
        path.CubicTo(x + 0.08f * s, y - 0.48f * s, x + 0.45f * s, y - 0.48f * s, x + 0.5f * s, y - 0.18f * s);
        path.CubicTo(x + 0.55f * s, y + 0.05f * s, x + 0.2f * s, y + 0.25f * s, x, y + 0.42f * s);
        path.Close();
        return path;
    }

    /// <summary>A cloud-edged thought bubble with little circles trailing down towards whoever is thinking.</summary>
    public static void ThoughtBubble(FeltTip pen, float cx, float cy, float rx, float ry, SKPoint thinker, SKColor tint)
    {
        var cloud = new SKPath();
        cloud.AddOval(SKRect.Create(cx - rx, cy - ry, 2 * rx, 2 * ry));
        const int Bumps = 9;
        for (var i = 0; i < Bumps; i++)
        {
            var a = i * MathF.Tau / Bumps + 0.3f;
            using var bump = new SKPath();
            bump.AddCircle(cx + MathF.Cos(a) * rx, cy + MathF.Sin(a) * ry, (rx + ry) * 0.3f);
            cloud = Union(cloud, bump);
        }
        using (cloud)
        {
            pen.ColourIn(cloud, tint, 0.14f);
            pen.Outline(cloud, Ink);
        }
        var dx = thinker.X - cx;
        var dy = thinker.Y - cy;
        var len = MathF.Sqrt(dx * dx + dy * dy);
        var edge = (ry * 1.3f) / len;
        for (var i = 0; i < 3; i++)
        {
            var t = edge + (1 - edge) * (0.2f + i * 0.27f);
            var rr = (rx + ry) * (0.11f - i * 0.03f);
            pen.Ellipse(Ink, FeltTip.Nib * 0.9f, cx + dx * t, cy + dy * t, rr, rr * 0.85f);
        }
    }

    /// <summary>A round speech bubble with a pointed tail towards whoever is talking.</summary>
    public static void SpeechBubble(FeltTip pen, float cx, float cy, float rx, float ry, SKPoint speaker, SKColor tint)
    {
        using var oval = new SKPath();
        oval.AddOval(SKRect.Create(cx - rx, cy - ry, 2 * rx, 2 * ry));
        var a = MathF.Atan2(speaker.Y - cy, speaker.X - cx);
        using var tail = new SKPath();
        tail.MoveTo(cx + MathF.Cos(a - 0.28f) * rx * 0.85f, cy + MathF.Sin(a - 0.28f) * ry * 0.85f);
        tail.LineTo(speaker);
        tail.LineTo(cx + MathF.Cos(a + 0.28f) * rx * 0.85f, cy + MathF.Sin(a + 0.28f) * ry * 0.85f);
        tail.Close();
        using var bubble = oval.Op(tail, SKPathOp.Union) ?? new SKPath(oval);
        pen.ColourIn(bubble, tint, 0.18f);
        pen.Outline(bubble, Ink);
    }

    /// <summary>
    /// Cross words: a spiky speech bubble with a tail to each speaker, and inside it only a tight zig-zag
    /// scribble, never words or angry faces.
    /// </summary>
    public static void CrossWords(FeltTip pen, float cx, float cy, float rx, float ry, params SKPoint[] speakers)
    {
        var points = new List<SKPoint>();
        const int Spikes = 13;
        for (var i = 0; i < Spikes * 2; i++)
        {
            var a = i * MathF.PI / Spikes;
            var k = i % 2 == 0 ? 1.12f : 0.84f;
            points.Add(new SKPoint(cx + MathF.Cos(a) * rx * k, cy + MathF.Sin(a) * ry * k));
        }
        var bubble = new SKPath();
        bubble.AddPoly([.. points], close: true);
        foreach (var speaker in speakers)
        {
            var a = MathF.Atan2(speaker.Y - cy, speaker.X - cx);
            using var tail = new SKPath();
            tail.MoveTo(cx + MathF.Cos(a - 0.22f) * rx * 0.75f, cy + MathF.Sin(a - 0.22f) * ry * 0.75f);
            tail.LineTo(speaker);
            tail.LineTo(cx + MathF.Cos(a + 0.22f) * rx * 0.75f, cy + MathF.Sin(a + 0.22f) * ry * 0.75f);
            tail.Close();
            bubble = Union(bubble, tail);
        }
        using (bubble)
        {
            pen.ColourIn(bubble, Orange, 0.22f);
            pen.Outline(bubble, Ink);
        }
        for (var row = 0; row < 3; row++)
        {
            var y = cy - ry * 0.36f + row * ry * 0.36f;
            var w = rx * (row == 1 ? 0.62f : 0.48f);
            var zig = new List<SKPoint>();
            for (var i = 0; i <= 10; i++)
                zig.Add(new SKPoint(cx - w + i * 2 * w / 10, y + (i % 2 == 0 ? -ry * 0.1f : ry * 0.1f)));
            pen.Line(row == 1 ? Red : Ink, FeltTip.Nib * 0.9f, [.. zig]);
        }
    }

    /// <summary>A curved arrow from one place to another, bending to the left of its direction by <paramref name="bend"/>.</summary>
    public static void Arrow(FeltTip pen, SKPoint from, SKPoint to, float bend, SKColor colour)
    {
        var mid = new SKPoint((from.X + to.X) / 2, (from.Y + to.Y) / 2);
        var dx = to.X - from.X;
        var dy = to.Y - from.Y;
        var len = MathF.Sqrt(dx * dx + dy * dy);
        var control = new SKPoint(mid.X + dy / len * bend, mid.Y - dx / len * bend);
        using var path = new SKPath();
        path.MoveTo(from);
        path.QuadTo(control, to);
        pen.Outline(path, colour, FeltTip.Nib * 1.5f);
        var a = MathF.Atan2(to.Y - control.Y, to.X - control.X);
        const float Head = 34f;
        pen.Line(colour, FeltTip.Nib * 1.5f,
            new(to.X - MathF.Cos(a - 0.45f) * Head, to.Y - MathF.Sin(a - 0.45f) * Head), to,
            new(to.X - MathF.Cos(a + 0.45f) * Head, to.Y - MathF.Sin(a + 0.45f) * Head));
    }

    public static void Tick(FeltTip pen, float x, float y, float size, SKColor colour) =>
        pen.Line(colour, FeltTip.Nib * 1.3f, new(x - size * 0.45f, y), new(x - size * 0.12f, y + size * 0.32f), new(x + size * 0.5f, y - size * 0.45f));

    public static void Flower(FeltTip pen, float x, float ground, float height, SKColor petals)
    {
        pen.Curve(Green, FeltTip.Nib, new(x, ground), new(x + 3, ground - height * 0.5f), new(x, ground - height));
        pen.Line(Green, FeltTip.Nib, new(x + 2, ground - height * 0.4f), new(x + 14, ground - height * 0.55f));
        var r = height * 0.16f;
        for (var i = 0; i < 5; i++)
        {
            var a = i * MathF.Tau / 5 - MathF.PI / 2;
            using var petal = pen.Ring(x + MathF.Cos(a) * r, ground - height + MathF.Sin(a) * r, r * 0.75f, r * 0.75f);
            pen.ColourIn(petal, petals, 0.6f);
            pen.Outline(petal, petals, FeltTip.Nib * 0.8f);
        }
        pen.Dot(Yellow, x, ground - height, r * 0.55f);
    }

    /// <summary>A box with an outline, coloured in: walls, doors, tables.</summary>
    public static void Box(FeltTip pen, float x, float y, float w, float h, SKColor colour, float strength = 0.45f, SKColor? outline = null)
    {
        using var path = new SKPath();
        path.AddRect(SKRect.Create(x, y, w, h));
        if (strength > 0) pen.ColourIn(path, colour, strength);
        pen.Outline(path, outline ?? Ink);
    }

    public static void Shape(FeltTip pen, SKColor colour, float strength, params SKPoint[] points)
    {
        using var path = new SKPath();
        path.AddPoly(points, close: true);
        if (strength > 0) pen.ColourIn(path, colour, strength);
        pen.Outline(path, Ink);
    }

    /// <summary>A window with a cross frame, optionally with curtains.</summary>
    public static void Window(FeltTip pen, float x, float y, float w, float h, SKColor? curtains = null)
    {
        Box(pen, x, y, w, h, Sky, 0.3f);
        pen.Line(Ink, FeltTip.Nib * 0.8f, new(x + w / 2, y), new(x + w / 2, y + h));
        pen.Line(Ink, FeltTip.Nib * 0.8f, new(x, y + h / 2), new(x + w, y + h / 2));
        if (curtains is { } c)
        {
            Shape(pen, c, 0.6f, new(x, y), new(x + w * 0.3f, y), new(x + w * 0.12f, y + h), new(x, y + h));
            Shape(pen, c, 0.6f, new(x + w, y), new(x + w * 0.7f, y), new(x + w * 0.88f, y + h), new(x + w, y + h));
        }
    }

    /// <summary>Colours in a wall round its windows and doors, so glass and paint stay clean, then outlines it.</summary>
    public static void Wall(FeltTip pen, SKRect wall, SKColor colour, float strength, params SKRect[] holes)
    {
        using var paint = new SKPath();
        paint.AddRect(wall);
        foreach (var hole in holes) paint.AddRect(hole, SKPathDirection.CounterClockwise);
        pen.ColourIn(paint, colour, strength);
        Box(pen, wall.Left, wall.Top, wall.Width, wall.Height, colour, 0);
    }

    /// <summary>A house with a pointed roof, a chimney, a front door and three windows.</summary>
    public static void House(FeltTip pen, float x, float ground, float w, float h, SKColor walls, SKColor door, SKColor? curtains = null)
    {
        var top = ground - h;
        var (ww, wh) = (w * 0.24f, h * 0.22f);
        SKRect[] windows =
        [
            SKRect.Create(x + w * 0.12f, top + h * 0.12f, ww, wh),
            SKRect.Create(x + w * 0.64f, top + h * 0.12f, ww, wh),
            SKRect.Create(x + w * 0.12f, top + h * 0.5f, ww, wh),
        ];
        var doorway = SKRect.Create(x + w * 0.62f, ground - h * 0.42f, w * 0.22f, h * 0.42f);
        Box(pen, x + w * 0.66f, top - h * 0.42f, w * 0.12f, h * 0.3f, Brown, 0.5f);
        Wall(pen, SKRect.Create(x, top, w, h), walls, 0.4f, [.. windows, doorway]);
        Shape(pen, Red, 0.55f, new(x - w * 0.08f, top), new(x + w / 2, top - h * 0.55f), new(x + w * 1.08f, top));
        for (var i = 0; i < windows.Length; i++)
            Window(pen, windows[i].Left, windows[i].Top, ww, wh, i == 1 ? curtains : null);
        Box(pen, doorway.Left, doorway.Top, doorway.Width, doorway.Height, door, 0.6f);
        pen.Dot(Ink, x + w * 0.8f, ground - h * 0.2f, 4);
    }

    /// <summary>A low bungalow with a shallow roof and a door between two windows.</summary>
    public static void Bungalow(FeltTip pen, float x, float ground, float w, float h, SKColor walls)
    {
        var top = ground - h;
        var (ww, wh) = (w * 0.22f, h * 0.36f);
        SKRect[] windows = [SKRect.Create(x + w * 0.08f, top + h * 0.2f, ww, wh), SKRect.Create(x + w * 0.7f, top + h * 0.2f, ww, wh)];
        var doorway = SKRect.Create(x + w * 0.41f, ground - h * 0.62f, w * 0.18f, h * 0.62f);
        Wall(pen, SKRect.Create(x, top, w, h), walls, 0.35f, [.. windows, doorway]);
        Shape(pen, Brown, 0.5f, new(x - w * 0.07f, top), new(x + w * 0.1f, top - h * 0.5f), new(x + w * 0.9f, top - h * 0.5f), new(x + w * 1.07f, top));
        foreach (var window in windows) Window(pen, window.Left, window.Top, ww, wh);
        Box(pen, doorway.Left, doorway.Top, doorway.Width, doorway.Height, Green, 0.55f);
        pen.Dot(Ink, x + w * 0.55f, ground - h * 0.3f, 3.5f);
    }

    /// <summary>A block of flats: tall, flat-roofed, rows of windows and a door at the bottom.</summary>
    public static void Flats(FeltTip pen, float x, float ground, float w, float h, int floors)
    {
        var top = ground - h;
        var rowH = (h - h * 0.18f) / floors;
        var windows = new List<SKRect>();
        for (var f = 0; f < floors; f++)
            for (var c = 0; c < 2; c++)
                windows.Add(SKRect.Create(x + w * (0.14f + c * 0.46f), top + rowH * 0.22f + f * rowH, w * 0.26f, rowH * 0.56f));
        var doorway = SKRect.Create(x + w * 0.38f, ground - h * 0.14f, w * 0.24f, h * 0.14f);
        Wall(pen, SKRect.Create(x, top, w, h), Grey, 0.35f, [.. windows, doorway]);
        pen.Line(Ink, FeltTip.Nib, new(x - w * 0.04f, top), new(x + w * 1.04f, top));
        foreach (var window in windows) Window(pen, window.Left, window.Top, window.Width, window.Height);
        Box(pen, doorway.Left, doorway.Top, doorway.Width, doorway.Height, Blue, 0.5f);
    }

    /// <summary>A wavy line of grass along the ground.</summary>
    public static void Grass(FeltTip pen, float x0, float x1, float ground)
    {
        var pts = new List<SKPoint>();
        for (var x = x0; x <= x1 + 1; x += 30) pts.Add(new SKPoint(x, ground + ((int)((x - x0) / 30) % 2 == 0 ? 0 : 5)));
        pen.Curve(Green, FeltTip.Nib, [.. pts]);
        for (var x = x0 + 20; x < x1; x += 95)
            pen.Line(Green, FeltTip.Nib * 0.8f, new(x - 8, ground - 14), new(x, ground), new(x + 8, ground - 16));
    }
}
