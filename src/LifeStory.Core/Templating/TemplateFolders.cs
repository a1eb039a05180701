using System.Text.RegularExpressions;
using LifeStory.Cases.Loading;
using LifeStory.Documents.Files;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace LifeStory.Templating;

/// <summary>
/// Where templates come from, searched in order: the folder given with --templates, the case folder's own
/// templates/, then the templates shipped beside the program. A name can only ever resolve to a .sbn file
/// inside one of these folders: no absolute paths, no "..", no links out.
/// </summary>
public sealed partial class TemplateFolders(IReadOnlyList<string> roots) : ITemplateLoader
{
    public IReadOnlyList<string> Roots { get; } = roots.Where(Directory.Exists).Select(Path.GetFullPath).ToList();

    /// <summary>The program's own templates folder, copied beside it at build.</summary>
    public static string BuiltIn => Path.Combine(AppContext.BaseDirectory, "templates");

    public static TemplateFolders For(string? caseFolder, string? overrideFolder)
    {
        var roots = new List<string>();
        if (overrideFolder is not null) roots.Add(overrideFolder);
        if (caseFolder is not null) roots.Add(Path.Combine(caseFolder, "templates"));
        roots.Add(BuiltIn);
        return new TemplateFolders(roots);
    }

    /// <summary>The full path of a template by name ("book/cover" or "book/cover.sbn"), or null.</summary>
    public string? Find(string name)
    {
        if (!SafeName().IsMatch(name) || name.Contains("..", StringComparison.Ordinal)) return null;
        var file = name.EndsWith(".sbn", StringComparison.Ordinal) ? name : name + ".sbn";
        foreach (var root in Roots)
        {
            // A link anywhere along the path (a file or a folder) that leads outside the folder is refused like a
            // path that does; and only an ordinary file is read (a pipe would wait for ever).
            // A pipe or folder in its place is still the template the council meant: it is found, and reading it is
            // refused with a message, rather than quietly using the next folder's.
            if (CaseFiles.TryResolve(root, file, out var full, out _) && RegularFile.KindOf(full) != FileKind.Missing) return full;
        }
        return null;
    }

    /// <summary>A short name for messages: the path relative to the templates folder it was found in.</summary>
    public string Display(string fullPath)
    {
        foreach (var root in Roots)
            if (fullPath.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                return Path.Combine(Path.GetFileName(root), Path.GetRelativePath(root, fullPath));
        return fullPath;
    }

    string ITemplateLoader.GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) =>
        Find(templateName) ?? throw new Scriban.Syntax.ScriptRuntimeException(callerSpan,
            $"There is no template called '{templateName}' in {string.Join(", ", Roots.Select(r => "'" + r + "'"))}.");

    string ITemplateLoader.Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        Problem(templatePath) is { } problem ? throw new Scriban.Syntax.ScriptRuntimeException(callerSpan, problem) : File.ReadAllText(templatePath);

    /// <summary>Why a template found by <see cref="Find"/> cannot be read (not an ordinary file), or null.</summary>
    public string? Problem(string templatePath) => RegularFile.Problem(templatePath, Display(templatePath)) is { } problem
        ? problem + " Put the template's text in an ordinary .sbn file."
        : null;

    ValueTask<string?> ITemplateLoader.LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(((ITemplateLoader)this).Load(context, callerSpan, templatePath));

    [GeneratedRegex("^[A-Za-z0-9_][A-Za-z0-9_./-]*$")]
    private static partial Regex SafeName();
}
