using LifeStory.Checking;

namespace LifeStory.Web.Storage;

/// <summary>Findings name files inside the case folder, never the private temporary place the case was written to.</summary>
public static class FindingPaths
{
    public static Finding Relative(Finding finding, string root)
    {
        var message = finding.Message.Replace(root + Path.DirectorySeparatorChar, "", StringComparison.Ordinal);
        return finding.Location is { } at && Path.IsPathRooted(at.File)
            ? finding with { Location = at with { File = Path.GetRelativePath(root, at.File) }, Message = message }
            : finding with { Message = message };
    }
}
