namespace LifeStory.Documents.Model;

/// <summary>Emphasis inside a paragraph.</summary>
[Flags]
public enum InlineStyle
{
    None = 0,
    Bold = 1,
    Italic = 2,
}
