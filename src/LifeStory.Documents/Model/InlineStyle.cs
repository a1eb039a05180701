namespace LifeStory.Documents.Model;

/// <summary>Emphasis inside a paragraph.</summary>
[Flags]
public enum InlineStyle
{
    None = 0,
    Bold = 1,
    Italic = 2,

    /// <summary>Bigger words, for a child's name or a title inside a sentence.</summary>
    Large = 4,

    /// <summary>Smaller words, for asides.</summary>
    Small = 8,

    /// <summary>The theme's accent colour.</summary>
    Accent = 16,
}
