namespace LifeStory.Documents.Model;

/// <summary>
/// One row of a family tree: a short title for the group ("Grown-ups", "Looking after me"; may be empty) and
/// its people in the order the template wrote them, so the order a social worker chose is the order printed.
/// </summary>
public sealed record FamilyTreeRow(string Label, IReadOnlyList<FamilyTreePerson> People);
