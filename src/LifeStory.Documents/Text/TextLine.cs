namespace LifeStory.Documents.Text;

/// <summary>
/// One laid-out line: fragments in visual (left-to-right drawing) order, its height and where its baseline
/// sits below its top. Offset is where the line starts from the left of the text column, after alignment.
/// </summary>
public sealed record TextLine(IReadOnlyList<PlacedFragment> Fragments, float Width, float Height, float Baseline, float Offset)
{
    /// <summary>The text of the line in visual order, for tests and accessibility checks.</summary>
    public string Text => string.Concat(Fragments.Select(f => f.Fragment.Text));
}
