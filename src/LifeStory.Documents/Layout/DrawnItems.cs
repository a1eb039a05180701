namespace LifeStory.Documents.Layout;

/// <summary>
/// The items the painter draws for one page item: running headers arrive wrapped as page furniture, a cover or a
/// block taller than a page as a scaled group, the draft mark turned. Anything that reads what a page shows (the
/// fonts a PDF must embed, where a picture is printed) looks through the wrappers with this.
/// </summary>
public static class DrawnItems
{
    public static IEnumerable<PageItem> Of(PageItem item) => item switch
    {
        FurnitureItem furniture => Of(furniture.Inner),
        ScaledItem group => group.Items.SelectMany(Of),
        RotatedItem turned => turned.Items.SelectMany(Of),
        _ => [item],
    };

    public static IEnumerable<PageItem> On(Page page) => page.Items.SelectMany(Of);
}
