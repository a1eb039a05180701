using LifeStory.Cases.Loading;
using LifeStory.Checking;
using LifeStory.Web.Storage;

namespace LifeStory.Web.Children;

/// <summary>
/// Checks an uploaded case folder exactly as `lifestory check` does (the case, its pictures, the book, then the
/// letter's wording and the review timescales once the case is sound), then cleans every picture of metadata (a HEIC becomes a JPEG, see ImportedPictures). Nothing is stored when any
/// check finds an error.
/// </summary>
public static class CaseChecks
{
    /// <param name="templatesFolder">The council's templates in use (their word lists count), or null for the shipped ones.</param>
    public static ImportOutcome Run(CaseFolderContents contents, DateOnly today, string? templatesFolder = null)
    {
        using var folder = TempCaseFolder.Write(contents);
        var loaded = CaseLoader.Load(folder.CaseFolder);
        var findings = EveryCheck.Run(loaded, today, templatesFolder).ToList();
        findings = findings.Select(f => FindingPaths.Relative(f, folder.CaseFolder)).ToList();
        if (loaded.Case is null || findings.Any(f => f.IsError)) return new ImportOutcome(findings, null, "");

        var (cleaned, refusal) = ImportedPictures.Clean(contents, folder.CaseFolder);
        if (cleaned is null) return ImportOutcome.Refused(refusal!);
        return new ImportOutcome(findings, cleaned, loaded.Case.Model.Child.PreferredName);
    }
}
