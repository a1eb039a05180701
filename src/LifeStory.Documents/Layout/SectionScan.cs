using LifeStory.Documents.Model;

namespace LifeStory.Documents.Layout;

/// <summary>
/// The chapter titles a contents page lists: level-1 headings in the order layout meets them (quotes flatten
/// their headings into speech, so headings inside quotes are not chapters).
/// </summary>
internal static class SectionScan
{
    /// <summary>
    /// Each chapter heading with its anchor name, decided once before layout: a block laid out twice (text
    /// beside a picture that falls back to running below it) must not use up two names.
    /// </summary>
    public static List<(HeadingBlock Heading, string Anchor)> Sections(IEnumerable<Block> blocks)
    {
        var sections = new List<(HeadingBlock, string)>();
        Walk(blocks, sections);
        return sections;
    }

    private static void Walk(IEnumerable<Block> blocks, List<(HeadingBlock, string)> titles)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case HeadingBlock { Level: 1 } heading:
                    titles.Add((heading, "section-" + (titles.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)));
                    break;
                case ListBlock list: foreach (var item in list.Items) Walk(item, titles); break;
                case PanelBlock panel: Walk(panel.Blocks, titles); break;
                case BesideBlock beside: Walk(beside.Blocks, titles); break;
            }
        }
    }

    public static bool HasContents(IEnumerable<Block> blocks) => blocks.Any(b => b is ContentsBlock);
}
