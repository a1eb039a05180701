using LifeStory.Cases.Model;

namespace LifeStory.Tests.Audiences.Generated;

/// <summary>
/// A random case as case.yaml text, with what the oracle worked out independently of the code under test: the
/// markers each reader must never see, the ids nobody may see, and markers the full record must show.
/// </summary>
internal sealed record GeneratedCase(
    string Yaml,
    IReadOnlyList<string> Photos,
    IReadOnlyList<string> Drawings,
    IReadOnlyDictionary<Audience, HashSet<string>> HiddenFrom,
    IReadOnlyList<string> Ids,
    IReadOnlyList<string> RecordShows);
