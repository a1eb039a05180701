using LifeStory.Cases.Model;

namespace LifeStory.Cases.Loading;

/// <summary>A case read from its folder, with the folder's full path and where each value was written.</summary>
public sealed record LoadedCase(Case Model, string Folder, SourceMap Locations);
