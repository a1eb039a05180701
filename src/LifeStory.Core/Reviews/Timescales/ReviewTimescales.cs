using System.Globalization;
using System.Text.RegularExpressions;
using LifeStory.Documents.Files;
using LifeStory.Templating;
using YamlDotNet.RepresentationModel;

namespace LifeStory.Reviews.Timescales;

/// <summary>
/// The review timescales a council works to, from settings/review-timescales.yaml (England's by default), so a council
/// with its own, stricter practice changes them without recompiling. Each rule carries its source, which every warning
/// and deadline repeats. The first templates folder with the file wins whole.
/// </summary>
public sealed partial record ReviewTimescales(
    TimescaleRule FirstReview,
    TimescaleRule SecondReview,
    TimescaleRule LaterReviews,
    TimescaleRule Letter,
    TimescaleRule Record)
{
    public const string RelativePath = "settings/review-timescales.yaml";

    private const string Regulation33 = "The Care Planning, Placement and Case Review (England) Regulations 2010, regulation 33";
    private const string IroHandbook = "IRO Handbook (2010), chapter 3";

    // What each rule is about and what it counts from belong to the rule's name, not to the settings: a council
    // changes how long and why, never what a "second review" is.
    private static readonly Dictionary<string, (string What, string After)> Meanings = new()
    {
        ["first_review"] = ("the first review", "the day the child became looked after"),
        ["second_review"] = ("the second review", "the first review"),
        ["later_reviews"] = ("each later review", "the review before it"),
        ["letter"] = ("the written decisions (the child's letter)", "the review"),
        ["record"] = ("the full record of the review", "the review"),
    };

    /// <summary>England's timescales, as the shipped settings file states them, for code that runs without templates.</summary>
    public static ReviewTimescales England { get; } = new(
        Rule("first_review", 20, TimescaleUnit.WorkingDays, Regulation33 + "(1)"),
        Rule("second_review", 3, TimescaleUnit.Months, Regulation33 + "(2)"),
        Rule("later_reviews", 6, TimescaleUnit.Months, Regulation33 + "(2)"),
        Rule("letter", 5, TimescaleUnit.WorkingDays, IroHandbook),
        Rule("record", 20, TimescaleUnit.WorkingDays, IroHandbook));

    public static ReviewTimescales From(TemplateFolders folders) =>
        folders.Roots.Select(r => Path.Combine(r, RelativePath)).FirstOrDefault(RegularFile.Exists) is { } file ? Read(file) : England;

    public static ReviewTimescales Read(string file)
    {
        var stream = SettingsFileException.ReadYaml(file);
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root ||
            !root.Children.TryGetValue(new YamlScalarNode("timescales"), out var node) || node is not YamlMappingNode rules)
            throw new SettingsFileException(file, 0, $"expected 'timescales:' followed by {string.Join(", ", Meanings.Keys)}.");
        foreach (var key in rules.Children.Keys)
        {
            if (!Meanings.ContainsKey(((YamlScalarNode)key).Value ?? ""))
                throw new SettingsFileException(file, key.Start.Line, $"'{key}' is not a timescale LifeStory knows; use {string.Join(", ", Meanings.Keys)}.");
        }
        TimescaleRule Get(string key) => ReadRule(file, rules, key);
        return new ReviewTimescales(Get("first_review"), Get("second_review"), Get("later_reviews"), Get("letter"), Get("record"));
    }

    private static TimescaleRule ReadRule(string file, YamlMappingNode rules, string key)
    {
        if (!rules.Children.TryGetValue(new YamlScalarNode(key), out var node) || node is not YamlMappingNode rule)
            throw new SettingsFileException(file, 0, $"'{key}:' is missing; every timescale needs 'within:' and 'source:'.");
        var within = Scalar(rule, "within");
        var source = Scalar(rule, "source");
        if (within is null || source is null)
            throw new SettingsFileException(file, rule.Start.Line, $"'{key}' needs 'within:' (such as 20 working days or 6 months) and 'source:'.");
        var match = Length().Match(within);
        if (!match.Success || !int.TryParse(match.Groups["amount"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var amount) || amount is < 1 or > 1000)
            throw new SettingsFileException(file, rule.Start.Line, $"'{within}' is not a length of time LifeStory understands; write it as 20 working days or 6 months.");
        var unit = match.Groups["unit"].Value.StartsWith("month", StringComparison.OrdinalIgnoreCase) ? TimescaleUnit.Months : TimescaleUnit.WorkingDays;
        return Rule(key, amount, unit, source);
    }

    private static TimescaleRule Rule(string key, int amount, TimescaleUnit unit, string source) =>
        new(Meanings[key].What, amount, unit, Meanings[key].After, source);

    private static string? Scalar(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode scalar && !string.IsNullOrWhiteSpace(scalar.Value)
            ? scalar.Value.Trim()
            : null;

    [GeneratedRegex(@"^(?<amount>\d{1,4})\s+(?<unit>working\s+days?|months?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Length();
}
