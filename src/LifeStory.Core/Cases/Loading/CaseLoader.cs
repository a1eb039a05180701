using LifeStory.Cases.Model;
using LifeStory.Checking;
using LifeStory.Documents.Files;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace LifeStory.Cases.Loading;

/// <summary>Reads a case folder's case.yaml into the case model, with every problem found and where it is.</summary>
public static class CaseLoader
{
    public const string CaseFileName = YamlBinder.FileName;

    public static CaseLoadResult Load(string caseFolder)
    {
        var file = Path.Combine(caseFolder, CaseFileName);
        if (RegularFile.KindOf(file) == FileKind.Missing)
        {
            return Failed(new Finding(Severity.Error, "missing-file", null, "",
                $"There is no {CaseFileName} in the folder '{caseFolder}'.",
                $"Check the folder name, or start a new case with: lifestory new {caseFolder}"));
        }

        if (!RegularFile.TryRead(file, CaseFileName, CaseLimits.MaxFileBytes, out var bytes, out var problem))
        {
            return Failed(new Finding(Severity.Error, "unreadable-file", null, "", problem!,
                "Make case.yaml an ordinary file under 4 MB, close any program that has it open, and check you are allowed to read it."));
        }
        return LoadBytes(bytes, Path.GetFullPath(caseFolder));
    }

    /// <summary>Loads case.yaml's bytes, which must be UTF-8: any other encoding stops with where it goes wrong.</summary>
    public static CaseLoadResult LoadBytes(byte[] bytes, string folder) =>
        Utf8Text.TryDecode(bytes, out var text, out var bad)
            ? LoadText(text, folder)
            : Failed(Utf8Text.Problem(bytes, bad, CaseFileName));

    /// <summary>Loads case.yaml text as if it were in <paramref name="folder"/>; lets tests skip the disk.</summary>
    internal static CaseLoadResult LoadText(string text, string folder)
    {
        YamlStream stream;
        var parser = new LimitedParser(new Parser(new StringReader(text)));
        try
        {
            stream = new YamlStream();
            stream.Load(parser);
        }
        catch (YamlException e) when (parser.OpenFlow is not null && e.Message.Contains("flow ", StringComparison.Ordinal))
        {
            // YamlDotNet notices an unclosed bracket only where it runs into the next line: point at the bracket.
            return Failed(GaveUp(parser));
        }
        catch (YamlException e)
        {
            return Failed(SyntaxFinding(e));
        }
        catch (YamlLimitException e)
        {
            return Failed(new Finding(Severity.Error, e.Code, new SourceLocation(CaseFileName, (int)e.Where.Line, (int)e.Where.Column), "",
                e.Message, e.Fix));
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet gives up on a few broken files (a bracket left open before a comment) without saying where:
            // the likeliest place is the bracket still open, else just after the last thing it could read.
            return Failed(GaveUp(parser));
        }

        var map = new SourceMap();
        var findings = new List<Finding>();
        if (stream.Documents.Count == 0 || YamlBinder.IsNull(stream.Documents[0].RootNode))
        {
            return Failed(new Finding(Severity.Error, "missing-field", new SourceLocation(CaseFileName, 1, 1), "child",
                $"{CaseFileName} is empty.", "Start with child: and the child's details under it, or make a new case with: lifestory new"));
        }

        var root = stream.Documents[0].RootNode;
        if (root is not YamlMappingNode)
        {
            return Failed(new Finding(Severity.Error, "wrong-type", YamlBinder.Locate(root), "",
                $"{CaseFileName} should be a set of fields such as child:, people: and homes:, not a single value or a list.",
                "Start with child: on the first line, with the child's details indented below it."));
        }

        var binder = new YamlBinder(map, findings);
        var ok = binder.TryBind(root, ValueShape.Of(typeof(Case)), "", CaseFileName, out var model);
        var loaded = ok && !findings.Any(f => f.IsError) ? new LoadedCase((Case)model!, folder, map) : null;
        return new CaseLoadResult(loaded, findings);
    }

    private static Finding SyntaxFinding(YamlException e)
    {
        var location = new SourceLocation(CaseFileName, (int)e.Start.Line, (int)e.Start.Column);
        var what = e.Message.TrimEnd('.');
        if (what.StartsWith("Duplicate key ", StringComparison.Ordinal))
        {
            var key = what["Duplicate key ".Length..];
            return new Finding(Severity.Error, "duplicate-key", location, "",
                $"'{key}' is written twice in the same place.", "Keep one of them, or move the other to where it belongs.");
        }
        if (what.Length > 0) what = char.ToLowerInvariant(what[0]) + what[1..];
        return new Finding(Severity.Error, "yaml-syntax", location, "", $"The YAML could not be read: {what}.", SyntaxFix(what));
    }

    private static Finding GaveUp(LimitedParser parser)
    {
        if (parser.OpenFlow is { } open)
        {
            var (bracket, close) = open.List ? ('[', ']') : ('{', '}');
            return new Finding(Severity.Error, "yaml-syntax", new SourceLocation(CaseFileName, (int)open.Start.Line, (int)open.Start.Column), "",
                $"The '{bracket}' here is never closed, so the YAML after it could not be read.",
                open.List ? "Close it with ']' on the same line, such as hidden_from: [parents]." : $"Close it with '{close}' on the same line.");
        }
        var at = parser.LastGood;
        return new Finding(Severity.Error, "yaml-syntax", new SourceLocation(CaseFileName, Math.Max(1, (int)at.Line), Math.Max(1, (int)at.Column)), "",
            "The YAML could not be read after this point.", "Check that every bracket and quote is closed, and the indentation.");
    }

    /// <summary>The likeliest fix for what YamlDotNet says, in plain words.</summary>
    private static string SyntaxFix(string what) => what switch
    {
        _ when what.Contains("flow sequence", StringComparison.Ordinal) => "A '[' is not closed: end the list with ']' on the same line, such as hidden_from: [parents].",
        _ when what.Contains("flow mapping", StringComparison.Ordinal) => "A '{' is not closed: end it with '}' on the same line.",
        _ when what.Contains("quoted scalar", StringComparison.Ordinal) => "A quote is not closed: end the words with the same quote mark they start with.",
        _ when what.Contains("tab", StringComparison.OrdinalIgnoreCase) => "Indent with spaces, not tabs.",
        _ => "Check the indentation and that every ':' has a space after it.",
    };

    private static CaseLoadResult Failed(Finding finding) => new(null, [finding]);
}
