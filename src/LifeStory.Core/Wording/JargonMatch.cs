namespace LifeStory.Wording;

/// <summary>A jargon term found in a text: where it starts, how long it is, and the words as written there.</summary>
public sealed record JargonMatch(JargonTerm Term, int Index, int Length, string Found);
