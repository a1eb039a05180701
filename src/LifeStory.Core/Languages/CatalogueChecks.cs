using LifeStory.Checking;
using LifeStory.Templating;
using LifeStory.Wording;

namespace LifeStory.Languages;

/// <summary>
/// What `check` says about catalogues: the keys a language lacks (printed in English instead) and files that cannot
/// be read — for the language asked for with --language, and for every catalogue a council or a case keeps in its
/// own templates folder, which is where a mistake would otherwise first show on a child's page. The book also
/// prints the council's glossary and support list, so a language that does not explain their words yet is named too.
/// </summary>
public static class CatalogueChecks
{
    public static IReadOnlyList<Finding> Check(TemplateFolders folders, string? language)
    {
        var builtIn = Path.GetFullPath(TemplateFolders.BuiltIn);
        var own = folders.Roots.Where(root => root != builtIn)
            .Select(root => Path.Combine(root, Catalogues.Folder)).Where(Directory.Exists)
            .SelectMany(dir => Directory.EnumerateFiles(dir, "*.yaml")).Select(Path.GetFileNameWithoutExtension).OfType<string>();
        var tags = (language is null ? own : own.Prepend(language)).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal);
        return tags.SelectMany(tag => Of(folders, tag)).Distinct().ToList();
    }

    private static IEnumerable<Finding> Of(TemplateFolders folders, string tag)
    {
        var load = Catalogues.Load(folders, tag);
        foreach (var finding in load.Findings) yield return finding;
        if (load.Catalogue is not { IsSource: false } words) yield break;
        var file = $"{Catalogues.Folder}/{words.Tag}.yaml";
        if (Glossary.From(folders).Untranslated(words) is { Count: > 0 } glossary)
            yield return new Finding(Severity.Warning, "catalogue-missing-key", null, "glossary",
                $"The {words.Tag} catalogue does not explain {Count(glossary.Count, "word")} of {Glossary.RelativePath}, so a book that uses {(glossary.Count == 1 ? "it" : "them")} explains {(glossary.Count == 1 ? "it" : "them")} in English: {string.Join(", ", glossary)}.",
                $"Add glossary_<word> (the word) and glossary_<word>_means (what it means) under words: in {file}, as the shipped pl.yaml does.");
        if (SupportList.From(folders).Untranslated(words) is { Count: > 0 } support)
            yield return new Finding(Severity.Warning, "catalogue-missing-key", null, "support",
                $"The {words.Tag} catalogue does not say what {Count(support.Count, "organisation")} of {SupportList.RelativePath} {(support.Count == 1 ? "does" : "do")}, so the book says it in English: {string.Join(", ", support)}.",
                $"Add support_<name>_what (and support_<name>_contact) under words: in {file}, as the shipped pl.yaml does.");
    }

    private static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
