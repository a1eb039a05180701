namespace LifeStory.Documents.Themes;

/// <summary>A paper size in PDF points (1/72 inch).</summary>
public sealed record PageSize(string Name, float Width, float Height)
{
    public static PageSize A4 { get; } = new("A4", 595.28f, 841.89f);
    public static PageSize A5 { get; } = new("A5", 419.53f, 595.28f);
    public static PageSize Letter { get; } = new("Letter", 612f, 792f);
}
