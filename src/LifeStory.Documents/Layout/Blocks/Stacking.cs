namespace LifeStory.Documents.Layout.Blocks;

/// <summary>Flow boxes stacked into one unbreakable group, for content that must stay together (a panel, text beside a picture).</summary>
internal static class Stacking
{
    public static (List<PageItem> Items, float Height) Stack(IEnumerable<FlowBox> boxes, float x, float y)
    {
        var items = new List<PageItem>();
        var top = y;
        var first = true;
        foreach (var box in boxes)
        {
            if (!first) y += box.SpaceBefore;
            items.AddRange(box.Items.Select(i => i.Offset(x, y)));
            y += box.Height;
            first = false;
        }
        return (items, y - top);
    }
}
