using LifeStory.Cases.Loading;
using LifeStory.Checking;
using LifeStory.Web.Storage;

namespace LifeStory.Web.Children;

/// <summary>
/// Checks an uploaded case folder exactly as `lifestory check` does (the case, its pictures, the book, then the
/// letter's wording once the case is sound), then cleans every picture of metadata. Nothing is stored when any
/// check finds an error.
/// </summary>
public static class CaseChecks
{
    public static ImportOutcome Run(CaseFolderContents contents, DateOnly today)
    {
        using var folder = TempCaseFolder.Write(contents);
        var loaded = CaseLoader.Load(folder.CaseFolder);
        var findings = loaded.Findings.ToList();
        if (loaded.Case is not null)
        {
            findings.AddRange(CaseChecker.Check(loaded.Case, today));
            findings.AddRange(BookChecks.Check(loaded.Case));
            if (!findings.Any(f => f.IsError))
            {
                findings.AddRange(WordingChecker.Check(loaded.Case, today));
                // As `lifestory check` does: a name hidden from a reader, written where that reader would read it.
                findings.AddRange(ReaderChecks.Check(loaded.Case, null));
            }
        }
        findings = findings.Select(f => FindingPaths.Relative(f, folder.CaseFolder)).ToList();
        if (loaded.Case is null || findings.Any(f => f.IsError)) return new ImportOutcome(findings, null, "");

        var cleaned = new List<CaseFile>();
        foreach (var file in contents.Files)
        {
            try
            {
                cleaned.Add(PictureCleaner.IsPicture(file.Path)
                    ? file with { Content = PictureCleaner.Clean(Path.Combine(folder.CaseFolder, file.Path), file.Content) }
                    : file);
            }
            catch (InvalidDataException)
            {
                return ImportOutcome.Refused($"'{file.Path}' is named as a picture but cannot be read as one. Remove it from the folder or save it again as JPEG or PNG.");
            }
        }
        return new ImportOutcome(findings, new CaseFolderContents(cleaned), loaded.Case.Model.Child.PreferredName);
    }
}
