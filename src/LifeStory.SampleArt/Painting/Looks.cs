using SkiaSharp;

namespace LifeStory.SampleArt.Painting;

/// <summary>The cast the scenes pick from, with a range of skin tones and clothes.</summary>
public static class Looks
{
    public static readonly Look GirlBlonde = new(new(250, 218, 190), new(236, 190, 96), HairStyle.Long, new(236, 72, 153), new(59, 130, 246), true);
    public static readonly Look BoyBrown = new(new(244, 205, 170), new(120, 78, 44), HairStyle.Short, new(34, 197, 94), new(51, 65, 85), true);
    public static readonly Look TeenBoy = new(new(176, 120, 80), new(30, 24, 20), HairStyle.Curly, new(14, 116, 244), new(30, 41, 59));
    public static readonly Look WomanCurly = new(new(120, 80, 56), new(28, 22, 20), HairStyle.Curly, new(250, 204, 21), new(124, 58, 237));
    public static readonly Look WomanBun = new(new(230, 190, 160), new(180, 180, 186), HairStyle.Bun, new(220, 38, 38), new(30, 58, 138));
    public static readonly Look ManShort = new(new(200, 150, 110), new(40, 30, 24), HairStyle.Short, new(16, 185, 129), new(68, 64, 60));
    public static readonly Look WomanScarf = new(new(196, 140, 100), new(147, 51, 234), HairStyle.Headscarf, new(251, 146, 60), new(55, 48, 163));
    public static readonly Look GirlCurly = new(new(150, 100, 70), new(35, 25, 20), HairStyle.Curly, new(168, 85, 247), new(236, 72, 153), true);

    public static IReadOnlyList<Look> Children { get; } = [GirlBlonde, BoyBrown, GirlCurly];

    public static IReadOnlyList<Look> Adults { get; } = [WomanCurly, WomanBun, ManShort, WomanScarf];

    public static IReadOnlyList<Look> Everyone { get; } = [GirlBlonde, BoyBrown, TeenBoy, WomanCurly, WomanBun, ManShort, WomanScarf, GirlCurly];
}
