using LifeStory.Documents.Layout;
using LifeStory.Documents.Model;
using LifeStory.Documents.Pictures;
using LifeStory.Documents.Text;
using LifeStory.Documents.Themes;

namespace LifeStory.Tests.Documents.Layout;

/// <summary>Builds documents and lays them out with the real fonts, for layout tests.</summary>
internal static class Lay
{
    public static LaidOutDocument Out(IReadOnlyList<Block> blocks, Theme? theme = null, IPictureSource? pictures = null) =>
        LayoutEngine.Layout(new Document(new DocumentInfo("Test"), blocks), theme ?? Theme.Book, FontLibrary.Default, pictures ?? NoPictures.Instance);

    public static ParagraphBlock Paragraph(string text) => new([new Inline(text)]);

    public static HeadingBlock Heading(int level, string text) => new(level, [new Inline(text)]);

    /// <summary>Plain sentences, varied so lines break at different places.</summary>
    public static string Sentences(int count, int seed = 0) => string.Join(" ", Enumerable.Range(seed, count).Select(i =>
        $"On day {i} we went to the {Things[i % Things.Length]} and saw {i % 5 + 2} {Animals[i % Animals.Length]} there."));

    public static bool IsHeading(TextItem item) =>
        item.Line.Fragments.Any(f => Path.GetFileName(f.Fragment.Face.Path).StartsWith("Fredoka", StringComparison.Ordinal));

    /// <summary>A page's flow items: everything except the page-number footer in the bottom margin.</summary>
    public static List<PageItem> Flow(LaidOutDocument document, Page page) =>
        page.Items.Where(i => !LayoutInvariants.IsFooter(document, page, i)).ToList();

    private static readonly string[] Things = ["park", "seaside", "library", "farm", "swimming pool", "museum", "woods"];
    private static readonly string[] Animals = ["ducks", "horses", "rabbits", "squirrels", "seagulls", "cows"];
}
