using System.Globalization;
using SkiaSharp;

namespace LifeStory.SampleArt.Drawings;

/// <summary>
/// Printed letters as a grown-up writes them for a child: one pen stroke each, round school-print shapes.
/// No font is used, so the words on a drawing need nothing but this file.
/// </summary>
/// <remarks>
/// Each glyph is a little pen script on a grid where the baseline is y = 0, lower-case letters are 50 tall,
/// capitals 80, and tails hang 28 below. Angles are Skia's: degrees clockwise from pointing right.
/// <c>M x y</c> lifts the pen and moves, <c>L x y</c> draws a line, <c>O cx cy rx ry</c> draws a ring,
/// <c>C cx cy rx ry start sweep</c> starts a new arc, <c>A …</c> carries on with an arc from where the pen is,
/// and <c>D x y</c> is a dot.
/// </remarks>
public static class HandLettering
{
    public const float CapHeight = 80f;

    private const float Gap = 8f;
    private const float Space = 26f;

    private static readonly Dictionary<char, (float Width, string Script)> Glyphs = new()
    {
        ['a'] = (44, "O 20 -25 17 24 M 37 -50 L 37 0"),
        ['b'] = (44, "M 4 -80 L 4 0 O 21 -25 17 24"),
        ['c'] = (42, "C 22 -25 19 25 -40 -280"),
        ['d'] = (44, "O 20 -25 17 24 M 37 -80 L 37 0"),
        ['e'] = (44, "M 4 -25 L 40 -25 A 22 -25 18 25 0 -310"),
        ['f'] = (34, "C 26 -68 12 12 -30 -150 L 14 0 M 3 -50 L 28 -50"),
        ['g'] = (44, "O 20 -25 17 24 M 37 -50 L 37 14 A 21 14 16 14 0 160"),
        ['h'] = (44, "M 4 -80 L 4 0 M 4 -28 A 21 -28 17 20 180 180 L 38 0"),
        ['i'] = (14, "M 6 -50 L 6 0 D 6 -66"),
        ['j'] = (24, "M 16 -50 L 16 14 A 4 14 12 14 0 150 D 16 -66"),
        ['k'] = (40, "M 4 -80 L 4 0 M 34 -50 L 4 -20 M 15 -31 L 36 0"),
        ['l'] = (14, "M 6 -80 L 6 0"),
        ['m'] = (54, "M 4 -50 L 4 0 M 4 -32 A 15 -32 11 18 180 180 L 26 0 M 26 -32 A 37 -32 11 18 180 180 L 48 0"),
        ['n'] = (44, "M 4 -50 L 4 0 M 4 -28 A 21 -28 17 22 180 180 L 38 0"),
        ['o'] = (44, "O 21 -25 18 25"),
        ['p'] = (44, "M 4 -50 L 4 28 O 21 -25 17 24"),
        ['q'] = (44, "O 20 -25 17 24 M 37 -50 L 37 28"),
        ['r'] = (34, "M 4 -50 L 4 0 M 4 -28 A 21 -28 17 22 180 120"),
        ['s'] = (40, "C 20 -38 15 12 -20 -250 A 20 -13 16 13 -90 250"),
        ['t'] = (34, "M 14 -72 L 14 -8 A 22 -8 8 8 180 -130 M 2 -50 L 30 -50"),
        ['u'] = (44, "M 4 -50 L 4 -22 A 21 -22 17 22 180 -180 M 38 -50 L 38 0"),
        ['v'] = (42, "M 2 -50 L 20 0 L 38 -50"),
        ['w'] = (58, "M 2 -50 L 14 0 L 28 -36 L 42 0 L 54 -50"),
        ['x'] = (40, "M 4 -50 L 36 0 M 36 -50 L 4 0"),
        ['y'] = (44, "M 4 -50 L 22 -2 M 40 -50 L 14 28"),
        ['z'] = (42, "M 4 -50 L 36 -50 L 4 0 L 38 0"),
        ['A'] = (54, "M 2 0 L 26 -80 L 50 0 M 12 -28 L 40 -28"),
        ['B'] = (52, "M 6 0 L 6 -80 L 24 -80 A 24 -61 17 19 -90 180 L 6 -42 M 26 -42 A 26 -21 20 21 -90 180 L 6 0"),
        ['C'] = (58, "C 30 -40 26 40 -40 -280"),
        ['D'] = (54, "M 6 0 L 6 -80 L 18 -80 A 18 -40 28 40 -90 180 L 6 0"),
        ['E'] = (46, "M 40 -80 L 6 -80 L 6 0 L 40 0 M 6 -40 L 34 -40"),
        ['F'] = (44, "M 40 -80 L 6 -80 L 6 0 M 6 -40 L 34 -40"),
        ['G'] = (60, "C 30 -40 26 40 -40 -310 L 38 -33"),
        ['H'] = (52, "M 6 0 L 6 -80 M 44 0 L 44 -80 M 6 -40 L 44 -40"),
        ['I'] = (18, "M 8 -80 L 8 0"),
        ['J'] = (44, "M 36 -80 L 36 -18 A 20 -18 16 18 0 160"),
        ['K'] = (50, "M 6 0 L 6 -80 M 44 -80 L 6 -30 M 20 -46 L 46 0"),
        ['L'] = (44, "M 6 -80 L 6 0 L 40 0"),
        ['M'] = (62, "M 4 0 L 8 -80 L 30 -28 L 52 -80 L 56 0"),
        ['N'] = (52, "M 6 0 L 6 -80 L 44 0 L 44 -80"),
        ['O'] = (62, "O 30 -40 26 40"),
        ['P'] = (50, "M 6 0 L 6 -80 L 24 -80 A 24 -59 20 21 -90 180 L 6 -38"),
        ['R'] = (52, "M 6 0 L 6 -80 L 24 -80 A 24 -59 20 21 -90 180 L 6 -38 M 22 -38 L 46 0"),
        ['S'] = (52, "C 26 -60 20 20 -30 -240 A 26 -20 22 20 -90 260"),
        ['T'] = (48, "M 2 -80 L 46 -80 M 24 -80 L 24 0"),
        ['W'] = (62, "M 2 -80 L 14 0 L 30 -56 L 46 0 L 58 -80"),
        ['Y'] = (48, "M 2 -80 L 24 -40 L 46 -80 M 24 -40 L 24 0"),
        ['!'] = (18, "M 8 -80 L 8 -24 D 8 -3"),
        ['?'] = (44, "C 22 -60 18 18 -160 250 L 22 -24 D 22 -3"),
        ['\''] = (12, "M 6 -80 L 4 -62"),
        ['.'] = (14, "D 6 -3"),
        [','] = (12, "M 6 -4 L 2 8"),
    };

    /// <summary>How far the pen moves on after a character, in glyph units.</summary>
    public static float Advance(char ch) => ch == ' ' ? Space : Glyphs.TryGetValue(ch, out var g) ? g.Width + Gap : Space;

    /// <summary>The width of a line of words in glyph units, without the gap after the last letter.</summary>
    public static float Measure(string text) => text.Sum(Advance) - (text.Length > 0 ? Gap : 0);

    /// <summary>The pen strokes of one character, or null for a space or a character nobody has drawn yet.</summary>
    public static SKPath? Glyph(char ch)
    {
        if (!Glyphs.TryGetValue(ch, out var glyph)) return null;
        var path = new SKPath();
        var t = glyph.Script.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var i = 0;
        float Next() => float.Parse(t[i++], CultureInfo.InvariantCulture);
        while (i < t.Length)
        {
            switch (t[i++])
            {
                case "M": path.MoveTo(Next(), Next()); break;
                case "L": path.LineTo(Next(), Next()); break;
                case "O":
                {
                    var (cx, cy, rx, ry) = (Next(), Next(), Next(), Next());
                    path.AddOval(SKRect.Create(cx - rx, cy - ry, 2 * rx, 2 * ry));
                    break;
                }
                case var arc and ("C" or "A"):
                {
                    var (cx, cy, rx, ry) = (Next(), Next(), Next(), Next());
                    var (start, sweep) = (Next(), Next());
                    path.ArcTo(SKRect.Create(cx - rx, cy - ry, 2 * rx, 2 * ry), start, sweep, forceMoveTo: arc == "C");
                    break;
                }
                case "D": path.AddCircle(Next(), Next(), 2.5f); break;
                default: throw new InvalidOperationException($"Glyph '{ch}' has a step nobody can draw: {t[i - 1]}");
            }
        }
        return path;
    }
}
