using LifeStory.Cases.Loading;

namespace LifeStory.Checking;

/// <summary>
/// Every check `lifestory check` makes, in its order, in one place: the CLI and the web app's saves call this, so a
/// form shows exactly the messages the command line prints for the same case.
/// </summary>
public static class EveryCheck
{
    /// <param name="templatesFolder">A council's templates (the CLI's --templates), whose word lists and wording count.</param>
    /// <param name="language">A language the documents will be written in (the CLI's --language): its catalogue's gaps are reported.</param>
    public static IReadOnlyList<Finding> Run(CaseLoadResult loaded, DateOnly today, string? templatesFolder, string? language = null)
    {
        var findings = loaded.Findings.ToList();
        if (loaded.Case is null) return findings;
        // A council's settings file that cannot be read is reported like a mistake in the case, at its file and line.
        IEnumerable<Finding> Settings(Func<IEnumerable<Finding>> check)
        {
            try { return check().ToList(); }
            catch (Templating.SettingsFileException e) { return [e.ToFinding()]; }
        }
        findings.AddRange(Languages.CatalogueChecks.Check(Templating.TemplateFolders.For(loaded.Case.Folder, templatesFolder), language));
        findings.AddRange(CaseChecker.Check(loaded.Case, today));
        findings.AddRange(BookChecks.Check(loaded.Case));
        // The letter and each reader's version can only be read once the case itself is sound.
        if (!findings.Any(f => f.IsError))
        {
            findings.AddRange(Settings(() => WordingChecker.Check(loaded.Case, today, templatesFolder)));
            findings.AddRange(Settings(() => ReaderChecks.Check(loaded.Case, templatesFolder)));
            findings.AddRange(Settings(() => TimescaleChecks.Check(loaded.Case, templatesFolder)));
        }
        // Last, and whatever came before: a broken translations file must not hide what is wrong with the English.
        findings.AddRange(TranslationChecks.Check(loaded.Case));
        return findings;
    }
}
