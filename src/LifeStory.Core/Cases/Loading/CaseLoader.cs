using LifeStory.Cases.Model;
using LifeStory.Checking;
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
        if (!File.Exists(file))
        {
            return Failed(new Finding(Severity.Error, "missing-file", null, "",
                $"There is no {CaseFileName} in the folder '{caseFolder}'.",
                $"Check the folder name, or start a new case with: lifestory new {caseFolder}"));
        }

        string text;
        try
        {
            text = File.ReadAllText(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Failed(new Finding(Severity.Error, "unreadable-file", null, "",
                $"{CaseFileName} could not be opened: {e.Message}", "Close any program that has it open, and check you are allowed to read it."));
        }
        return LoadText(text, Path.GetFullPath(caseFolder));
    }

    /// <summary>Loads case.yaml text as if it were in <paramref name="folder"/>; lets tests skip the disk.</summary>
    internal static CaseLoadResult LoadText(string text, string folder)
    {
        YamlStream stream;
        try
        {
            stream = new YamlStream();
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            return Failed(SyntaxFinding(e));
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
        return new Finding(Severity.Error, "yaml-syntax", location, "",
            $"The YAML could not be read: {what}.", "Check the indentation and that every ':' has a space after it.");
    }

    private static CaseLoadResult Failed(Finding finding) => new(null, [finding]);
}
