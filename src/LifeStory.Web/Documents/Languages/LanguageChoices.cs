using System.Collections.Concurrent;
using LifeStory.Cases.Model;
using LifeStory.Languages;
using LifeStory.Templating;
using LifeStory.Web.CouncilTemplates;
using LifeStory.Wording;
using YamlDotNet.RepresentationModel;

namespace LifeStory.Web.Documents.Languages;

/// <summary>
/// The languages a document can be asked for: English, and each catalogue in the templates in use (a council's set
/// can add one, or record that a translator checked one), read once per set. Every choice that arrives from a form or
/// an address is checked here, so a document is only ever made in a language there are words for.
/// </summary>
public sealed class LanguageChoices(LiveTemplates live)
{
    private readonly ConcurrentDictionary<string, IReadOnlyList<LanguageOption>> known = new();

    public async Task<IReadOnlyList<LanguageOption>> AllAsync(CancellationToken cancel)
    {
        var templates = await live.CurrentAsync(cancel);
        return known.GetOrAdd(templates.Key, _ => Read(TemplateFolders.For(null, templates.Folder)));
    }

    /// <summary>The choice when it can be made: English and easy read always, another language when it has a catalogue.</summary>
    public async Task<DocumentLanguage?> CheckAsync(string? value, CancellationToken cancel)
    {
        if (DocumentLanguage.Parse(value) is not { } language) return null;
        if (language.Tag is null) return language;
        return (await AllAsync(cancel)).Any(o => o.Tag == language.Tag) ? language : null;
    }

    /// <summary>
    /// The sensible choice for a child: their first language beside English when there is a catalogue for it (the
    /// child reads one, the carer reading with them may read the other), else English.
    /// </summary>
    public static DocumentLanguage ForChild(Child child, IReadOnlyList<LanguageOption> options) =>
        LanguageTags.For(child.FirstLanguage) is { } tag && options.Any(o => o.Tag == tag) ? DocumentLanguage.Both(tag) : DocumentLanguage.English;

    private static List<LanguageOption> Read(TemplateFolders folders) => Catalogues.Available(folders)
        .Where(tag => !tag.Equals(Catalogues.Default, StringComparison.OrdinalIgnoreCase))
        .Select(tag => (Tag: tag, Loaded: Catalogues.Load(folders, tag).Catalogue))
        .Where(t => t.Loaded is not null)
        .Select(t => new LanguageOption(t.Tag, OwnName(folders, t.Tag) ?? t.Tag, LanguageTags.NameOf(t.Tag) ?? t.Tag, t.Loaded!.NeedsChecking))
        .ToList();

    /// <summary>The catalogue's name: (the language in itself), from the most specific file that gives one.</summary>
    private static string? OwnName(TemplateFolders folders, string tag)
    {
        foreach (var root in folders.Roots)
        {
            var file = Path.Combine(root, Catalogues.Folder, tag + ".yaml");
            if (!File.Exists(file)) continue;
            try
            {
                var stream = new YamlStream();
                using (var reader = File.OpenText(file)) stream.Load(reader);
                if (stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode map
                    && map.Children.TryGetValue(new YamlScalarNode("name"), out var name) && name is YamlScalarNode { Value: { Length: > 0 } own })
                    return own.Trim();
            }
            catch (YamlDotNet.Core.YamlException)
            {
                // Catalogues.Load has already said what is wrong with the file; its tag stands in for its name.
            }
        }
        return null;
    }
}
