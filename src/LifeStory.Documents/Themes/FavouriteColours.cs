using SkiaSharp;

namespace LifeStory.Documents.Themes;

/// <summary>
/// A child's favourite colour, in their words, as an accent for headings, the cover and decorations. Each accent
/// is a deep shade of the colour, dark enough to read as heading text on white or cream paper (at least 4.5:1),
/// with a pale tint of it for panels and the cover's background.
/// </summary>
public static class FavouriteColours
{
    private static readonly Dictionary<string, (SKColor Accent, SKColor Soft)> Colours = new(StringComparer.OrdinalIgnoreCase)
    {
        ["purple"] = (new SKColor(0x7B, 0x3F, 0xA0), new SKColor(0xF1, 0xE8, 0xF7)),
        ["lilac"] = (new SKColor(0x7B, 0x5B, 0xA8), new SKColor(0xF2, 0xEC, 0xF9)),
        ["pink"] = (new SKColor(0xAE, 0x36, 0x73), new SKColor(0xFB, 0xE9, 0xF2)),
        ["red"] = (new SKColor(0xB7, 0x2D, 0x2D), new SKColor(0xFB, 0xE8, 0xE6)),
        ["orange"] = (new SKColor(0xA6, 0x4C, 0x08), new SKColor(0xFD, 0xEE, 0xDF)),
        ["yellow"] = (new SKColor(0x8A, 0x6A, 0x00), new SKColor(0xFF, 0xF6, 0xD1)),
        ["gold"] = (new SKColor(0x8A, 0x6A, 0x00), new SKColor(0xFF, 0xF6, 0xD1)),
        ["green"] = (new SKColor(0x2A, 0x74, 0x2E), new SKColor(0xE7, 0xF4, 0xE6)),
        ["teal"] = (new SKColor(0x1B, 0x72, 0x69), new SKColor(0xE3, 0xF3, 0xF0)),
        ["blue"] = (new SKColor(0x1F, 0x5F, 0xAE), new SKColor(0xE5, 0xEF, 0xFA)),
        ["light blue"] = (new SKColor(0x1F, 0x6F, 0x9E), new SKColor(0xE3, 0xF2, 0xFA)),
        ["navy"] = (new SKColor(0x23, 0x3D, 0x7B), new SKColor(0xE6, 0xEA, 0xF5)),
        ["turquoise"] = (new SKColor(0x10, 0x70, 0x76), new SKColor(0xE0, 0xF4, 0xF4)),
        ["brown"] = (new SKColor(0x7A, 0x4E, 0x2D), new SKColor(0xF5, 0xEC, 0xE3)),
        ["black"] = (new SKColor(0x33, 0x33, 0x3D), new SKColor(0xEE, 0xEE, 0xF1)),
        ["grey"] = (new SKColor(0x55, 0x5B, 0x66), new SKColor(0xEF, 0xF0, 0xF2)),
        ["gray"] = (new SKColor(0x55, 0x5B, 0x66), new SKColor(0xEF, 0xF0, 0xF2)),
        ["rainbow"] = (new SKColor(0x7B, 0x3F, 0xA0), new SKColor(0xFF, 0xF4, 0xE0)),
    };

    /// <summary>The names we know, for messages that list them.</summary>
    public static IEnumerable<string> Names => Colours.Keys;

    /// <summary>
    /// The theme in the child's colour: the cover always, and the whole book in the bright look, which is made
    /// of the child's own colours. Quieter looks keep their own palette inside, so each still looks like itself.
    /// The theme is unchanged when we do not know the colour.
    /// </summary>
    public static Theme Apply(Theme theme, string? colour)
    {
        var key = (colour ?? "").Trim().ToLowerInvariant();
        if (key.StartsWith("dark ", StringComparison.Ordinal) || key.StartsWith("bright ", StringComparison.Ordinal)) key = key[(key.IndexOf(' ') + 1)..];
        if (key.EndsWith("ish", StringComparison.Ordinal)) key = key[..^3];
        if (!Colours.TryGetValue(key, out var c)) return theme;
        theme = theme with { CoverInk = c.Accent, CoverPaper = c.Soft };
        // The bright look and the teen look are in the child's colour; calm and dyslexia-friendly keep their own
        // restful palettes, which are what those looks are for.
        return theme.Look == Theme.Book.Look || theme.Look == Theme.Teen.Look ? theme with { Accent = c.Accent, AccentSoft = c.Soft } : theme;
    }

    public static bool Knows(string? colour) => Apply(Theme.Book, colour).CoverInk is not null;
}
