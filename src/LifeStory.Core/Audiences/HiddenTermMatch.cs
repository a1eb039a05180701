namespace LifeStory.Audiences;

/// <summary>Where a hidden term was found in a text.</summary>
public sealed record HiddenTermMatch(HiddenTerm Term, string Found, int Index);
