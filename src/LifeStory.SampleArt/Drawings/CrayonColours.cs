using SkiaSharp;

namespace LifeStory.SampleArt.Drawings;

/// <summary>The colours in a standard pack of crayons: strong and a bit dull, not screen colours.</summary>
public static class CrayonColours
{
    public static readonly SKColor Red = new(214, 40, 40);
    public static readonly SKColor Orange = new(240, 128, 32);
    public static readonly SKColor Yellow = new(246, 200, 30);
    public static readonly SKColor Green = new(52, 150, 60);
    public static readonly SKColor Blue = new(40, 90, 200);
    public static readonly SKColor Sky = new(90, 170, 230);
    public static readonly SKColor Purple = new(130, 60, 170);
    public static readonly SKColor Pink = new(235, 100, 160);
    public static readonly SKColor Brown = new(130, 80, 40);
    public static readonly SKColor Black = new(40, 40, 40);
}
