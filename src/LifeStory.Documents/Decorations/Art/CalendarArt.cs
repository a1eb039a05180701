using static LifeStory.Documents.Decorations.Art.Sketch;

namespace LifeStory.Documents.Decorations.Art;

/// <summary>A wall calendar with rings along its top and one day ringed: a date in an easy-read letter.</summary>
internal static class CalendarArt
{
    public static void Draw(Sketch s)
    {
        var t = s.T;
        s.Body(RoundRect(0.06f, 0.14f, 0.94f, 0.94f, 0.06f), Tones.White);
        s.Piece(RoundRect(0.06f, 0.14f, 0.94f, 0.34f, 0.06f), t.Main);
        foreach (var x in new[] { 0.28f, 0.72f })
            s.Piece(RoundRect(x - 0.035f, 0.05f, x + 0.035f, 0.24f, 0.035f), t.Dark);
        for (var row = 0; row < 3; row++)
            for (var column = 0; column < 4; column++)
            {
                var x = 0.15f + column * 0.2f;
                var y = 0.44f + row * 0.16f;
                s.Patch(RoundRect(x, y, x + 0.12f, y + 0.09f, 0.015f), row == 1 && column == 2 ? Tones.Berry : t.Pale);
            }
    }
}
