using LifeStory.Cases.Model;
using LifeStory.Languages;
using Scriban.Runtime;

namespace LifeStory.Templating;

/// <summary>
/// <c>t</c> in templates: <c>{{ t "who_came" }}</c>, <c>{{ t "dear" {name: child.name} }}</c>. The words come from the
/// document's language catalogue, in the form the count ({count: 3}) and the child's pronouns ask for. The values
/// arrive from template data, already escaped; the catalogue's own words are the council's, like a template's.
/// </summary>
internal sealed class WordsFunction(Catalogue words, Pronouns pronouns)
{
    /// <summary>The words for the key; Scriban passes the optional values as an object of named values.</summary>
    public string Say(string key, ScriptObject? values = null)
    {
        if (values is null) return words.Say(key, null, pronouns);
        var named = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var name in values.Keys) named[name] = values[name];
        return words.Say(key, named, pronouns);
    }

    public void ImportInto(ScriptObject root) => root.Import("t", new Func<string, ScriptObject?, string>(Say));
}
