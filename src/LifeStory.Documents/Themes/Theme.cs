using SkiaSharp;

namespace LifeStory.Documents.Themes;

/// <summary>
/// How a document looks: paper, margins, type sizes and colours. Sizes are in points. Fonts are chosen by
/// role (body, heading) from the engine's font library, never from the machine.
/// </summary>
public sealed record Theme(
    string Name,
    PageSize Page,
    float Margin,
    float BodySize,
    float LineHeight,
    float ParagraphSpacing,
    IReadOnlyList<float> HeadingSizes,
    SKColor Text,
    SKColor Accent,
    SKColor AccentSoft,
    SKColor Paper,
    bool NewPageForLevel1Headings,
    bool ShowPageTotal)
{
    /// <summary>Duplex printing: every chapter starts on a right-hand page, with a blank page before it when needed.</summary>
    public bool SectionsOnRightHandPage { get; init; }

    /// <summary>The document's title in small letters at the top of every page after the first.</summary>
    public bool RunningHeader { get; init; }

    /// <summary>A band of the accent colour along the top edge of each page (not the cover).</summary>
    public bool TopBand { get; init; }

    /// <summary>The height of the footer band that holds the page number, inside the bottom margin.</summary>
    public float FooterSize => BodySize * 0.8f;

    public float HeadingSize(int level) => HeadingSizes[Math.Clamp(level, 1, HeadingSizes.Count) - 1];

    /// <summary>A warm children's book: large friendly type, each chapter on its own page.</summary>
    public static Theme Book { get; } = new(
        "book", PageSize.A4, Margin: 56f, BodySize: 15f, LineHeight: 1.45f, ParagraphSpacing: 10f,
        HeadingSizes: [30f, 22f, 18f, 16f, 15f, 15f],
        Text: new SKColor(0x2B, 0x2D, 0x42), Accent: new SKColor(0x2A, 0x9D, 0x8F), AccentSoft: new SKColor(0xE6, 0xF4, 0xF1),
        Paper: SKColors.White, NewPageForLevel1Headings: true, ShowPageTotal: false)
    {
        TopBand = true,
    };

    /// <summary>A letter: ordinary body size, headings that run on, "page 1 of 2" footers.</summary>
    public static Theme Letter { get; } = new(
        "letter", PageSize.A4, Margin: 50f, BodySize: 12.5f, LineHeight: 1.35f, ParagraphSpacing: 7f,
        HeadingSizes: [22f, 16f, 14f, 13f, 12.5f, 12.5f],
        Text: new SKColor(0x22, 0x22, 0x33), Accent: new SKColor(0x3D, 0x5A, 0x80), AccentSoft: new SKColor(0xE8, 0xEE, 0xF6),
        Paper: SKColors.White, NewPageForLevel1Headings: false, ShowPageTotal: true)
    {
        RunningHeader = true,
    };
}
