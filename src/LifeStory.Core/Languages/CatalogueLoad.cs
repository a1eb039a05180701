using LifeStory.Checking;

namespace LifeStory.Languages;

/// <summary>A language's catalogue as loaded, with what loading found (missing keys, unreadable files); null when there is none at all.</summary>
public sealed record CatalogueLoad(Catalogue? Catalogue, IReadOnlyList<Finding> Findings);
