using LifeStory.Documents.Layout;
using LifeStory.Documents.Model;
using LifeStory.Documents.Pictures;
using LifeStory.Documents.Text;
using LifeStory.Documents.Themes;
using LifeStory.Tests.Documents.Pictures;
using SkiaSharp;

namespace LifeStory.Tests.Documents.Layout.RightToLeft;

/// <summary>
/// Every kind of block the engine lays out, written in Arabic (with the odd English name, as a child's book in
/// Arabic has), for laying out on right-to-left pages. Each kind is a short document of its own, so a failure
/// names the block that broke the rule.
/// </summary>
internal static class ArabicSamples
{
    public const string Where = "أين أعيش";
    public const string Feel = "كيف أشعر";
    public const string Week = "أسبوعي";
    public const string Day = "اليوم";
    public const string WhatWeDo = "ماذا نفعل";
    public const string Born = "ولدت";
    public const string School = "المدرسة";

    public static readonly string[] Kinds =
    [
        "paragraph", "heading", "list", "numbered list", "quote", "long quote", "picture", "pictures", "beside", "panel",
        "table", "scale", "scale with faces", "timeline", "long timeline", "family tree", "cover", "enormous cover", "contents", "divider", "page break",
    ];

    public static Inline[] Words(string text) => [new Inline(text)];

    public static ParagraphBlock Paragraph(string text) => new(Words(text));

    /// <summary>Sentences long enough to wrap over several lines.</summary>
    public static string Sentences(int count) => string.Join(" ", Enumerable.Range(0, count).Select(i =>
        $"في اليوم {i} ذهبنا إلى {Places[i % Places.Length]} ورأينا {i % 5 + 2} من {Animals[i % Animals.Length]} هناك."));

    public static readonly TimelineBlock Timeline = new(
    [
        new("2019", Born), new("2020", "خطواتي الأولى"), new("2021", "بيت جديد"), new("2023", School),
    ]);

    public static readonly ScaleBlock Scale = new("لست بأمان", "بأمان تماما", [new("مريم", 9), new("جو", 7)], "ما مدى شعورك بالأمان؟");

    public static readonly TableBlock Table = new(
        [Words(Day), Words(WhatWeDo)],
        [[Words("الاثنين"), Words("السباحة")], [Words("الثلاثاء"), Words("الرسم مع Sam")]]);

    public static IReadOnlyList<Block> Of(string kind) => kind switch
    {
        "paragraph" => [Paragraph(Sentences(12))],
        "heading" => [new HeadingBlock(1, Words(Where)), new HeadingBlock(2, Words(Feel)), Paragraph(Sentences(2))],
        "list" => [new ListBlock([[Paragraph("السباحة")], [Paragraph("الرسم مع Sam")], [Paragraph(Sentences(3))]])],
        "numbered list" => [new ListBlock([.. Enumerable.Range(0, 12).Select(i => (IReadOnlyList<Block>)[Paragraph(Sentences(1))])], Ordered: true, Start: 1)],
        "quote" => [new QuoteBlock([Paragraph("أحب بيتي الجديد وأحب قطتي.")])],
        "long quote" => [new QuoteBlock([Paragraph(Sentences(80))])],
        "picture" => [new PictureBlock("beach.png", "على الشاطئ")],
        "pictures" => [new PictureGridBlock([new PictureBlock("beach.png", "الشاطئ"), new PictureBlock("park.png", "الحديقة"), new PictureBlock("cat.png", "قطتي")])],
        "beside" => [new BesideBlock(new PictureBlock("me.png"), [Paragraph("أحب السباحة والرسم.")])],
        "panel" => [new PanelBlock("مخاوف", [Paragraph("وقت النوم صعب.")], PanelTone.Warm)],
        "table" => [Table],
        "scale" => [Scale],
        "scale with faces" => [Scale with { Faces = true }],
        "timeline" => [Timeline],
        "long timeline" => [new TimelineBlock([.. Enumerable.Range(2010, 14).Select(y => new TimelineEntry(y.ToString(System.Globalization.CultureInfo.InvariantCulture), Sentences(1)))])],
        "family tree" => [FamilyTree],
        "cover" => [new CoverBlock("قصة حياتي", "كتاب مريم", "me.png"), Paragraph(Sentences(2))],
        // Too tall for a page: drawn smaller as one group, whose items are mirrored inside it.
        "enormous cover" => [new CoverBlock(string.Join(" ", Enumerable.Repeat("قصة", 300)), "كتابي"), Paragraph(Sentences(1))],
        "contents" => [new ContentsBlock("المحتويات"), new HeadingBlock(1, Words(Where)), Paragraph(Sentences(3)),
            new HeadingBlock(1, Words(Feel)), Paragraph(Sentences(3)), new HeadingBlock(1, Words(Week)), Paragraph(Sentences(3))],
        "divider" => [Paragraph(Sentences(2)), new DividerBlock(), Paragraph(Sentences(2))],
        "page break" => [Paragraph(Sentences(2)), new PageBreakBlock(), Paragraph(Sentences(2))],
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "No sample of that kind."),
    };

    public static readonly FamilyTreeBlock FamilyTree = new(
    [
        new("الكبار", [new("أمي", "أمي التي ولدتني", "kelly.png", false), new("جدتي", "أم أمي", null, false)]),
        new("الأطفال", [new("ليو", "أخي الكبير", null, false), new("مريم", "أنا", null, true)]),
    ]);

    /// <summary>Every kind of block in both themes: each test of the layout's rules runs over all of them.</summary>
    public static TheoryData<string, string> KindsAndThemes()
    {
        var data = new TheoryData<string, string>();
        foreach (var kind in Kinds)
            foreach (var theme in new[] { "book", "letter" })
                data.Add(kind, theme);
        return data;
    }

    public static void WritePictures(TempFolder folder)
    {
        folder.Write("beach.png", TestImages.Png(120, 80, SKColors.SandyBrown));
        folder.Write("park.png", TestImages.Png(80, 120, SKColors.ForestGreen));
        folder.Write("cat.png", TestImages.Png(100, 100, SKColors.Orange));
        folder.Write("me.png", TestImages.Png(90, 120, SKColors.SkyBlue));
        folder.Write("kelly.png", TestImages.Png(300, 400, SKColors.SeaGreen));
    }

    public static LaidOutDocument Lay(IReadOnlyList<Block> blocks, Theme theme, IPictureSource pictures, bool rightToLeft = true) =>
        LayoutEngine.Layout(new Document(new DocumentInfo("كتابي") { Language = "ar", RightToLeft = rightToLeft }, blocks), theme, FontLibrary.Default, pictures);

    private static readonly string[] Places = ["الحديقة", "البحر", "المكتبة", "المزرعة", "المسبح", "المتحف"];
    private static readonly string[] Animals = ["البط", "الخيول", "الأرانب", "السناجب", "النوارس"];
}

/// <summary>The samples' pictures, written to a folder of their own for one test class and removed after it.</summary>
internal sealed class SamplePictures : IDisposable
{
    private readonly TempFolder _folder = new();

    public SamplePictures()
    {
        ArabicSamples.WritePictures(_folder);
        Source = FolderPictureSource.Under(_folder.Path);
    }

    public FolderPictureSource Source { get; }

    public void Dispose()
    {
        Source.Dispose();
        _folder.Dispose();
    }
}
