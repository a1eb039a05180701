namespace LifeStory.Documents.Model;

/// <summary>A piece of text with one style. A paragraph is a list of these; "\n" in the text is a hard line break.</summary>
public sealed record Inline(string Text, InlineStyle Style = InlineStyle.None, string? Link = null);
