namespace LifeStory.Web.Admin;

/// <summary>A child as an administrator sees one: an opaque reference, the team, who is allocated — never a name.</summary>
public sealed record ChildReferenceRow(Guid Id, string Reference, string Team, IReadOnlyList<string> Allocated);
