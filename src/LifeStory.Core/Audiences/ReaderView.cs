using LifeStory.Cases.Model;

namespace LifeStory.Audiences;

/// <summary>
/// A case as one reader may see it. Whatever is hidden from the reader is gone from <see cref="Case"/>; a
/// reference to a hidden person resolves to a neutral description in <see cref="StandIns"/> (never to the id);
/// <see cref="Removed"/> names every field path taken out, so checks can skip what will not be printed; and
/// <see cref="HiddenTerms"/> are the names, places and schools the version must not print anywhere.
/// </summary>
public sealed record ReaderView(
    Case Case,
    Audience Reader,
    IReadOnlyDictionary<string, string> StandIns,
    RemovedPaths Removed,
    HiddenTerms HiddenTerms,
    RedactionSummary Summary)
{
    /// <summary>The full record: nothing is hidden from it.</summary>
    public static ReaderView Everything(Case model) =>
        new(model, Audience.Record, new Dictionary<string, string>(), RemovedPaths.None, HiddenTerms.None, RedactionSummary.Nothing);
}
