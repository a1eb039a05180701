using LifeStory.Documents.Model;

namespace LifeStory.Documents.Layout;

/// <summary>
/// The chapter titles a contents page lists: level-1 headings in the order layout meets them (quotes flatten
/// their headings into speech, so headings inside quotes are not chapters).
/// </summary>
internal static class SectionScan
{
    public static List<string> Titles(IEnumerable<Block> blocks)
    {
        var titles = new List<string>();
        Walk(blocks, titles);
        return titles;
    }

    private static void Walk(IEnumerable<Block> blocks, List<string> titles)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case HeadingBlock { Level: 1 } heading: titles.Add(string.Concat(heading.Inlines.Select(i => i.Text))); break;
                case ListBlock list: foreach (var item in list.Items) Walk(item, titles); break;
                case PanelBlock panel: Walk(panel.Blocks, titles); break;
                case BesideBlock beside: Walk(beside.Blocks, titles); break;
            }
        }
    }

    public static bool HasContents(IEnumerable<Block> blocks) => blocks.Any(b => b is ContentsBlock);
}
