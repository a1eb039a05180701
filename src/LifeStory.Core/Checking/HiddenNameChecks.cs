using LifeStory.Audiences;
using LifeStory.Cases.Loading;
using LifeStory.Cases.Model;

namespace LifeStory.Checking;

/// <summary>
/// Before a reader's version is written, every text it will print is searched for the names, addresses, towns and
/// schools of what is hidden from that reader. A find stops that version only, naming the field, its line and the
/// word found; the other versions are still written.
/// </summary>
public static class HiddenNameChecks
{
    public const string Code = "hidden-name-in-text";

    public const string OutputCode = "hidden-name-in-output";

    /// <summary>The case's own text, field by field, as this reader's version would print it.</summary>
    /// <param name="printed">Which field paths the product prints; every field when null.</param>
    public static IReadOnlyList<Finding> Check(LoadedCase loaded, ReaderView view, Func<string, bool>? printed = null)
    {
        if (view.HiddenTerms.IsEmpty) return [];
        var findings = new List<Finding>();
        CaseText.Walk(loaded.Model, "", (text, path) =>
        {
            // Fields left out of this version, and names this version prints another way, are not printed as written.
            if (view.Removed.Covers(path) || path.Contains(".shown_as", StringComparison.Ordinal) || printed?.Invoke(path) == false) return;
            foreach (var match in view.HiddenTerms.Find(text))
                findings.Add(new Finding(Severity.Error, Code, loaded.Locations.Find(path), path,
                    $"The {Version(view.Reader)} would print \"{match.Found}\": {match.Term.What}.", Fix(path, view.Reader)));
        });
        return findings;
    }

    /// <summary>What the templates made, as a last guard: a template can print a field in a way no case check foresaw.</summary>
    public static IReadOnlyList<Finding> CheckOutput(string markdown, ReaderView view, string template) =>
        view.HiddenTerms.Find(markdown).Select(match => new Finding(Severity.Error, OutputCode, null, template,
            $"The {Version(view.Reader)} would print \"{match.Found}\": {match.Term.What}. It came from the templates, not from a field of the case.",
            "Look for the template line that prints it (--format md shows the Markdown), and print a field the reader may see instead.")).ToList();

    private static string Version(Audience reader) => reader switch
    {
        Audience.Child => "child's version",
        Audience.Carers => "carers' version",
        Audience.Parents => "parents' version",
        _ => "full record",
    };

    private static string Fix(string path, Audience reader)
    {
        var name = YamlNames.SnakeCase(reader.ToString());
        if (JargonChecks.ChildsOwnWords().IsMatch(path))
            return $"The child's own words are never changed: to keep them from this reader, add hidden_from: [{name}] to them. Only this version stops; the others are written.";
        return $"Reword it without the name, or add hidden_from: [{name}] to this part too. Only this version stops; the others are written.";
    }
}
