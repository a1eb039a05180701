namespace LifeStory.Documents.Model;

/// <summary>
/// The people in a child's life as a small tree, one generation or group to a row, top to bottom (for example
/// grown-ups, then children, then the people looking after the child now). A picture of who is who helps a
/// child place the names the rest of the book uses; the rows are drawn joined so they read as one family.
/// </summary>
public sealed record FamilyTreeBlock(IReadOnlyList<FamilyTreeRow> Rows) : Block;
