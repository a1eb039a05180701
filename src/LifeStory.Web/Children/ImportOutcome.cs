using LifeStory.Checking;
using LifeStory.Web.Storage;

namespace LifeStory.Web.Children;

/// <summary>What checking an uploaded case folder found, and the folder ready to store (pictures cleaned) when nothing stops it.</summary>
public sealed record ImportOutcome(IReadOnlyList<Finding> Findings, CaseFolderContents? Ready, string PreferredName, string? Problem = null)
{
    public bool Succeeded => Ready is not null;

    public static ImportOutcome Refused(string problem) => new([], null, "", problem);
}
