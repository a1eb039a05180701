using LifeStory.Cases.Model;
using LifeStory.Languages;
using Scriban.Runtime;

namespace LifeStory.Templating;

/// <summary>
/// <c>t</c> in templates: <c>{{ t "who_came" }}</c>, <c>{{ t "dear" {name: child.name} }}</c>. The words come from the
/// document's language catalogue, in the form the count ({count: 3}), the book's voice and the child's pronouns ask
/// for. The values arrive from template data, already escaped; the catalogue's own words are the council's, like a
/// template's. Every phrase can also use the book's voice words ({subject_cap}, {possessive}, {object}…) without
/// a template passing them, so a translation may say the child's name or "you" where its grammar wants it.
/// <c>term</c>: <c>{{ term "relationship" person.relationship }}</c>, a word of the case's many cases share, in the
/// language where its catalogue has it.
/// </summary>
/// <param name="voice">The book's voice words by placeholder name, already escaped; "you" is true when the book talks to the child.</param>
internal sealed class WordsFunction(Catalogue words, Pronouns pronouns, IReadOnlyDictionary<string, object?> voice)
{
    /// <summary>The words for the key; Scriban passes the optional values as an object of named values.</summary>
    public string Say(string key, ScriptObject? values = null)
    {
        var named = new Dictionary<string, object?>(voice, StringComparer.Ordinal);
        if (values is not null)
            foreach (var name in values.Keys) named[name] = values[name];
        return words.Say(key, named, pronouns);
    }

    public string Term(string category, string? text) => words.Term(category, text);

    public void ImportInto(ScriptObject root)
    {
        root.Import("t", new Func<string, ScriptObject?, string>(Say));
        root.Import("term", new Func<string, string?, string>(Term));
    }
}
