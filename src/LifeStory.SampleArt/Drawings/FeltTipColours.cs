using SkiaSharp;

namespace LifeStory.SampleArt.Drawings;

/// <summary>A wallet of felt-tip pens: cleaner and brighter than crayons, plus a few skin tones and a black fine liner.</summary>
public static class FeltTipColours
{
    /// <summary>The fine liner every outline and word is drawn with: a soft black, not pure black.</summary>
    public static readonly SKColor Ink = new(48, 44, 56);
    public static readonly SKColor Red = new(226, 54, 66);
    public static readonly SKColor Pink = new(240, 118, 172);
    public static readonly SKColor Purple = new(138, 84, 200);
    public static readonly SKColor Blue = new(46, 112, 214);
    public static readonly SKColor Sky = new(100, 182, 236);
    public static readonly SKColor Teal = new(28, 160, 160);
    public static readonly SKColor Green = new(56, 166, 90);
    public static readonly SKColor Yellow = new(250, 206, 60);
    public static readonly SKColor Orange = new(246, 148, 52);
    public static readonly SKColor Brown = new(150, 98, 58);
    public static readonly SKColor Grey = new(150, 150, 160);
    public static readonly SKColor Black = new(60, 56, 66);

    public static readonly SKColor Peach = new(248, 200, 166);
    public static readonly SKColor Tan = new(222, 164, 118);
    public static readonly SKColor Umber = new(166, 110, 74);
}
