using LifeStory.Documents.Text;
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

    /// <summary>
    /// A short chapter runs on after the one before instead of taking a nearly empty page, and a chapter's title
    /// page takes its first part when it would hold only a line or two: pages look meant, with few photos or none.
    /// </summary>
    public bool DensePages { get; init; }

    /// <summary>The fonts this theme reads with.</summary>
    public FontSet Fonts { get; init; } = FontSet.Friendly;

    /// <summary>
    /// Every level-2 heading starts a new page too: for the youngest children, read aloud, one idea and one
    /// big picture to a page.
    /// </summary>
    public bool NewPageForLevel2Headings { get; init; }

    /// <summary>The cover's colour and its pale tint: the child's favourite colour, whatever the look.</summary>
    public SKColor? CoverInk { get; init; }

    public SKColor? CoverPaper { get; init; }

    /// <summary>The child's favourite animal or thing, drawn on the cover and, unless <see cref="QuietChapters"/>, by each chapter's heading.</summary>
    public Decorations.Motif? Motif { get; init; }

    /// <summary>Chapters without decoration: the teen look keeps the child's motif to the cover.</summary>
    public bool QuietChapters { get; init; }

    /// <summary>The theme's name, as a case chooses it: bright, calm, dyslexia-friendly or teen.</summary>
    public string Look { get; init; } = "bright";

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

    /// <summary>Soft greens and blues with a warm off-white page: quieter, for a child who finds bright pages busy.</summary>
    public static Theme Calm { get; } = Book with
    {
        Look = "calm",
        Text = new SKColor(0x2F, 0x3E, 0x46), Accent = new SKColor(0x4F, 0x7C, 0x6B), AccentSoft = new SKColor(0xEA, 0xF1, 0xEC),
        Paper = new SKColor(0xFD, 0xFC, 0xF8), HeadingSizes = [28f, 21f, 17f, 15f, 15f, 15f],
    };

    /// <summary>
    /// Dyslexia-friendly, after the British Dyslexia Association's style guide: cream paper instead of glaring
    /// white, dark grey (not black) text, a clear sans-serif (Lexend) with bold for emphasis and no italics,
    /// roomier lines and paragraphs, ragged right.
    /// </summary>
    public static Theme DyslexiaFriendly { get; } = Book with
    {
        Look = "dyslexia-friendly", Fonts = FontSet.DyslexiaFriendly,
        BodySize = 15f, LineHeight = 1.6f, ParagraphSpacing = 14f,
        Text = new SKColor(0x33, 0x33, 0x33), Accent = new SKColor(0x1F, 0x5F, 0x8B), AccentSoft = new SKColor(0xF2, 0xE8, 0xCF),
        Paper = new SKColor(0xFB, 0xF5, 0xE6),
    };

    /// <summary>For twelve and over: smaller type, plain headings, slate and coral, no childish decoration.</summary>
    public static Theme Teen { get; } = Book with
    {
        Look = "teen", Fonts = FontSet.Plain, Margin = 60f,
        BodySize = 12.5f, LineHeight = 1.45f, ParagraphSpacing = 8f, HeadingSizes = [26f, 18f, 15f, 13.5f, 12.5f, 12.5f],
        Text = new SKColor(0x23, 0x27, 0x2F), Accent = new SKColor(0xD1, 0x49, 0x5B), AccentSoft = new SKColor(0xF1, 0xF2, 0xF4),
        TopBand = false, RunningHeader = true, QuietChapters = true,
    };

    /// <summary>The looks a case may choose, by name.</summary>
    public static IReadOnlyList<Theme> Looks { get; } = [Book, Calm, DyslexiaFriendly, Teen];

    /// <summary>The look with this name ("bright", "calm", "dyslexia-friendly", "teen"; case, spaces and underscores ignored), or null.</summary>
    public static Theme? Named(string? name)
    {
        var key = (name ?? "").Trim().ToLowerInvariant().Replace('_', '-').Replace(' ', '-');
        if (key is "cream" or "dyslexia") key = "dyslexia-friendly";
        return Looks.FirstOrDefault(t => t.Look == key);
    }

    /// <summary>A letter: ordinary body size, headings that run on, "page 1 of 2" footers.</summary>
    public static Theme Letter { get; } = new(
        "letter", PageSize.A4, Margin: 50f, BodySize: 12.5f, LineHeight: 1.35f, ParagraphSpacing: 7f,
        HeadingSizes: [22f, 16f, 14f, 13f, 12.5f, 12.5f],
        Text: new SKColor(0x22, 0x22, 0x33), Accent: new SKColor(0x3D, 0x5A, 0x80), AccentSoft: new SKColor(0xE8, 0xEE, 0xF6),
        Paper: SKColors.White, NewPageForLevel1Headings: false, ShowPageTotal: true)
    {
        RunningHeader = true,
    };

    /// <summary>
    /// Easy read, after the Department of Health's "Making written information easier to understand for people
    /// with learning disabilities" (2010): 18 pt body, so that even the smallest words the engine prints (captions and
    /// scale labels at 85 %, the page footer at 80 %) stay at 14 pt or more; a clear sans-serif without italics;
    /// roomy lines and a space between points; ragged right (the engine never justifies); no running header.
    /// </summary>
    public static Theme EasyRead { get; } = Letter with
    {
        Name = "easy-read", Look = "easy-read", Fonts = FontSet.EasyRead,
        BodySize = 18f, LineHeight = 1.5f, ParagraphSpacing = 12f, HeadingSizes = [28f, 22f, 20f, 18f, 18f, 18f],
        RunningHeader = false,
    };

    /// <summary>The smallest type size easy-read guidance allows for anything on the page.</summary>
    public const float EasyReadSmallestSize = 14f;
}
