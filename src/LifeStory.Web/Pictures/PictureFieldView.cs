namespace LifeStory.Web.Pictures;

/// <summary>One field of one photo or drawing, for the partial views that draw a field, its findings and the other person's value.</summary>
public sealed record PictureFieldView(PicturesModel Page, PictureItem Item, string Key, string Label, string Name, string? Value, string? Help)
{
    /// <summary>The HTML id of the field's box: "photo-2-caption".</summary>
    public string FieldId => $"{Item.Anchor(Page.Type)}-{Key.Replace('_', '-')}";

    public IReadOnlyList<LifeStory.Checking.Finding> Findings => Item.At(Page.Type.List, Key).ToList();

    /// <summary>What the other person saved for this key, when this item's save clashed with theirs.</summary>
    public string? Theirs => Page.Theirs.Count > 0 && Page.Index == Item.Index && Page.Theirs.TryGetValue(Key, out var value) ? value : null;
}
