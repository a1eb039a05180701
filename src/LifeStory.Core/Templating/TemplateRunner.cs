using LifeStory.Checking;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace LifeStory.Templating;

/// <summary>
/// Runs a template over plain data. Scriban is not a sandbox, so the data is a ScriptObject of strings,
/// numbers and lists (no .NET objects to reach through), variables must exist, and loops, recursion and
/// output are limited. Every error comes back as a finding naming the template file and line.
/// </summary>
public static class TemplateRunner
{
    /// <summary>The most characters a template may produce, and the longest text one value may become: a book of about 3,000 pages.</summary>
    public const int MaxOutput = 8_000_000;

    public static (string? Output, IReadOnlyList<Finding> Findings) Render(TemplateFolders folders, string name, ScriptObject data)
    {
        var path = folders.Find(name);
        if (path is null)
            return (null, [new Finding(Severity.Error, "template-missing", null, "", $"There is no template called '{name}'.",
                $"Put {name}.sbn in one of: {string.Join(", ", folders.Roots)}.")]);

        if (folders.Problem(path) is { } problem)
            return (null, [new Finding(Severity.Error, "template-unreadable", null, "", problem, $"Replace {folders.Display(path)} with the template file.")]);
        var template = Parsed(path);
        if (template.HasErrors)
            return (null, template.Messages.Select(m => ToFinding(folders, m.Span, m.Message)).ToList());

        var context = new TemplateContext
        {
            TemplateLoader = folders,
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            LoopLimit = 5_000,
            RecursiveLimit = 40,
            ObjectRecursionLimit = 20,
            // Never a silent cut, which would lose part of a child's story: going past either limit is an error. The
            // string limit also bounds what one function may build ({{ "" | string.pad_left 1000000000 }}).
            LimitToString = MaxOutput,
            OnStringLimit = ScriptLimitBehavior.Throw,
            OutputLimit = MaxOutput,
            OnOutputLimit = ScriptLimitBehavior.Throw,
        };
        // Included sections are parsed once too: Scriban keeps what it parsed in the context, which is new each run.
        foreach (var (included, parsed) in ParsedIncludes(folders)) context.CachedTemplates[included] = parsed;
        context.PushGlobal(data);
        try
        {
            var output = template.Render(context);
            foreach (var (included, parsed) in context.CachedTemplates) Remember(included, parsed);
            return (output, []);
        }
        catch (ScriptParserRuntimeException parse)
        {
            return (null, parse.ParserMessages.Select(m => ToFinding(folders, m.Span, m.Message)).ToList());
        }
        catch (ScriptRuntimeException runtime)
        {
            return (null, [ToFinding(folders, runtime.Span, runtime.OriginalMessage)]);
        }
    }

    /// <summary>
    /// Parsed templates, by file, for as long as the file is unchanged (same length and last write time): making
    /// a letter again, or a batch of them, parses nothing, and a council's edit is picked up on the next run.
    /// </summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, (long Length, DateTime Written, Template Template)> Cache =
        new(StringComparer.Ordinal);

    private static Template Parsed(string path)
    {
        var file = new FileInfo(path);
        if (Cache.TryGetValue(path, out var known) && known.Length == file.Length && known.Written == file.LastWriteTimeUtc) return known.Template;
        var template = Template.Parse(File.ReadAllText(path), path);
        if (!template.HasErrors) Keep(path, (file.Length, file.LastWriteTimeUtc, template));
        return template;
    }

    private static IEnumerable<(string Path, Template Template)> ParsedIncludes(TemplateFolders folders)
    {
        foreach (var (path, entry) in Cache)
        {
            // Only files under this run's template roots, and only while unchanged.
            if (!folders.Roots.Any(root => path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))) continue;
            var file = new FileInfo(path);
            if (file.Exists && file.Length == entry.Length && file.LastWriteTimeUtc == entry.Written) yield return (path, entry.Template);
        }
    }

    private static void Remember(string path, Template template)
    {
        if (template.HasErrors || Cache.ContainsKey(path)) return;
        var file = new FileInfo(path);
        if (file.Exists) Keep(path, (file.Length, file.LastWriteTimeUtc, template));
    }

    /// <summary>
    /// Bounded, for a server that sees many case folders' own templates: when full, everything is parsed again as
    /// needed (the shipped templates are a few dozen files, far below the bound).
    /// </summary>
    private static void Keep(string path, (long Length, DateTime Written, Template Template) entry)
    {
        if (Cache.Count >= MaxKept && !Cache.ContainsKey(path)) Cache.Clear();
        Cache[path] = entry;
    }

    private const int MaxKept = 1_024;

    private static Finding ToFinding(TemplateFolders folders, SourceSpan span, string message)
    {
        var file = span.FileName is { Length: > 0 } f ? folders.Display(f) : "template";
        return new Finding(Severity.Error, "template-error", new SourceLocation(file, span.Start.Line + 1, span.Start.Column + 1), "",
            message.TrimEnd('.') + ".", "Fix the template at that line, or remove your copy to use the built-in one.");
    }
}
