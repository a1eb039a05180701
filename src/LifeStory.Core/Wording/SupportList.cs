using LifeStory.Documents.Files;
using LifeStory.Languages;
using LifeStory.Templating;

namespace LifeStory.Wording;

/// <summary>
/// The council's list of organisations that help children in particular situations (settings/support.yaml), so a
/// council keeps it up to date, or puts its own local services first, without recompiling. The first templates
/// folder that has the file wins whole: a council's list replaces ours rather than mixing with it.
/// </summary>
public sealed class SupportList(IReadOnlyList<SupportEntry> entries)
{
    public const string RelativePath = "settings/support.yaml";

    public IReadOnlyList<SupportEntry> Entries { get; } = entries;

    public static SupportList From(TemplateFolders folders) =>
        folders.Roots.Select(r => Path.Combine(r, RelativePath)).FirstOrDefault(RegularFile.Exists) is { } file
            ? Parsed.Get(file, () => new SupportList(Read(file)))!
            : new SupportList([]);

    /// <summary>The list as parsed, while the file is unchanged: every document and every preview asks for it.</summary>
    private static readonly ParsedFiles<SupportList> Parsed = new(capacity: 256);

    /// <summary>The entries for these needs, in the order of the needs and then of the file.</summary>
    public IReadOnlyList<SupportEntry> For(IReadOnlyList<string> needs) =>
        needs.SelectMany(need => Entries.Where(e => e.For == need)).ToList();

    /// <summary>
    /// The list in a document's language: what each organisation does and how to reach it, where the catalogue says
    /// it (support_&lt;name&gt;_what, support_&lt;name&gt;_contact); its name is printed as it is, unless it is words
    /// rather than an organisation's name and the catalogue says them (support_&lt;name&gt;_name).
    /// </summary>
    public SupportList In(Catalogue words)
    {
        if (words.IsSource) return this;
        return new SupportList(Entries.Select(e => e with
        {
            Name = words.Find(Catalogue.TermKey("support", e.Name) + "_name") ?? e.Name,
            What = words.Find(Catalogue.TermKey("support", e.Name) + "_what") ?? e.What,
            Contact = e.Contact is null ? null : words.Find(Catalogue.TermKey("support", e.Name) + "_contact") ?? e.Contact,
        }).ToList());
    }

    /// <summary>The organisations whose words a translation does not say yet, so `check` can name them.</summary>
    public IReadOnlyList<string> Untranslated(Catalogue words) => words.IsSource ? []
        : Entries.Where(e => words.Find(Catalogue.TermKey("support", e.Name) + "_what") is null
            || (e.Contact is not null && words.Find(Catalogue.TermKey("support", e.Name) + "_contact") is null)).Select(e => e.Name).ToList();

    public static IReadOnlyList<SupportEntry> Read(string file) =>
        WordList.Items(file, "support").Select(item =>
        {
            var need = WordList.Text(item, "for");
            var name = WordList.Text(item, "name");
            var what = WordList.Text(item, "what");
            if (need is null || name is null || what is null)
                throw new SettingsFileException(file, item.Start.Line, $"every entry needs 'for:', 'name:' and 'what:'.");
            if (!SupportNeeds.Known.Contains(need))
                throw new SettingsFileException(file, item.Start.Line, $"'{need}' is not a situation LifeStory knows; use {string.Join(", ", SupportNeeds.Known)}.");
            return new SupportEntry(need, name, what, WordList.Text(item, "contact"));
        }).ToList();
}

/// <summary>One organisation: which need it is for, its name, what it does in a child's words, and how to reach it.</summary>
public sealed record SupportEntry(string For, string Name, string What, string? Contact);
