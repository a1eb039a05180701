namespace LifeStory.Documents.Text;

/// <summary>A fragment at its horizontal position on a line, in points from the line's left edge.</summary>
public sealed record PlacedFragment(TextFragment Fragment, float X);
