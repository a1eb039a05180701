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
    public static (string? Output, IReadOnlyList<Finding> Findings) Render(TemplateFolders folders, string name, ScriptObject data)
    {
        var path = folders.Find(name);
        if (path is null)
            return (null, [new Finding(Severity.Error, "template-missing", null, "", $"There is no template called '{name}'.",
                $"Put {name}.sbn in one of: {string.Join(", ", folders.Roots)}.")]);

        var template = Template.Parse(File.ReadAllText(path), path);
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
            // No limit on turning values into text: an included section can be long, and a cut would silently lose
            // part of a child's story. The output limit below still bounds the whole.
            LimitToString = 0,
            OutputLimit = 2_000_000,
        };
        context.PushGlobal(data);
        try
        {
            return (template.Render(context), []);
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

    private static Finding ToFinding(TemplateFolders folders, SourceSpan span, string message)
    {
        var file = span.FileName is { Length: > 0 } f ? folders.Display(f) : "template";
        return new Finding(Severity.Error, "template-error", new SourceLocation(file, span.Start.Line + 1, span.Start.Column + 1), "",
            message.TrimEnd('.') + ".", "Fix the template at that line, or remove your copy to use the built-in one.");
    }
}
