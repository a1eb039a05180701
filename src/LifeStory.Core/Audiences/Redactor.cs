using LifeStory.Cases.Model;

namespace LifeStory.Audiences;

/// <summary>
/// Works out each reader's version of a case: what is hidden from them is gone, what points at a hidden person
/// says who they are in general words (or is left out, as the case says), and details that would tell birth
/// parents where the child lives are kept from them by default.
/// </summary>
public static class Redactor
{
    /// <param name="hiddenFromParents">The council's defaults (settings/privacy.yaml); the shipped ones when null.</param>
    public static ReaderView For(Case source, Audience reader, IReadOnlySet<ProtectedDetail>? hiddenFromParents = null)
    {
        if (reader == Audience.Record) return ReaderView.Everything(source);
        var protect = reader == Audience.Parents
            ? (hiddenFromParents ?? PrivacyDefaults.Shipped).Except(source.Privacy.ParentsMaySee).ToHashSet()
            : [];
        return new Redaction(source, reader, protect).Run();
    }
}
