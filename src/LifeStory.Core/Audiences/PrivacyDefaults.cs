using LifeStory.Cases.Loading;
using LifeStory.Cases.Model;
using LifeStory.Templating;
using YamlDotNet.RepresentationModel;

namespace LifeStory.Audiences;

/// <summary>
/// The council's defaults for what birth parents may not see, from settings/privacy.yaml in the first templates
/// folder that has one (a council's own folder before the shipped one), so a council changes them without
/// recompiling. A case can still share a detail (privacy: parents_may_see) and a person can choose
/// (surname_hidden_from).
/// </summary>
public static class PrivacyDefaults
{
    public const string RelativePath = "settings/privacy.yaml";

    /// <summary>What the shipped settings file says, for code that runs without templates.</summary>
    public static IReadOnlySet<ProtectedDetail> Shipped { get; } = Enum.GetValues<ProtectedDetail>().ToHashSet();

    public static IReadOnlySet<ProtectedDetail> From(TemplateFolders folders)
    {
        var file = folders.Roots.Select(r => Path.Combine(r, RelativePath)).FirstOrDefault(File.Exists);
        return file is null ? Shipped : Parsed.Get(file, () => Read(file))!;
    }

    /// <summary>The settings as parsed, while the file is unchanged: every document and every preview asks for them.</summary>
    private static readonly ParsedFiles<IReadOnlySet<ProtectedDetail>> Parsed = new(capacity: 256);

    public static IReadOnlySet<ProtectedDetail> Read(string file)
    {
        var stream = SettingsFileException.ReadYaml(file);
        const string key = "hidden_from_parents";
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root ||
            !root.Children.TryGetValue(new YamlScalarNode(key), out var list) || list is not YamlSequenceNode items)
            throw new SettingsFileException(file, 0, $"expected '{key}:' followed by a list such as [carers_surnames, adopters_towns].");
        var names = Enum.GetValues<ProtectedDetail>().ToDictionary(d => YamlNames.SnakeCase(d.ToString()), StringComparer.Ordinal);
        var details = new HashSet<ProtectedDetail>();
        foreach (var item in items)
        {
            var value = (item as YamlScalarNode)?.Value ?? "";
            if (!names.TryGetValue(value, out var detail))
                throw new SettingsFileException(file, item.Start.Line, $"'{value}' is not a detail LifeStory knows; use {string.Join(", ", names.Keys)}.");
            details.Add(detail);
        }
        return details;
    }
}
