using LifeStory.Checking;
using LifeStory.Templating;

namespace LifeStory.Languages;

/// <summary>
/// What `check` says about catalogues: the keys a language lacks (printed in English instead) and files that cannot
/// be read — for the language asked for with --language, and for every catalogue a council or a case keeps in its
/// own templates folder, which is where a mistake would otherwise first show on a child's page.
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
        return tags.SelectMany(tag => Catalogues.Load(folders, tag).Findings).Distinct().ToList();
    }
}
