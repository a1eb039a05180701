using System.Text.RegularExpressions;

namespace LifeStory.Wording;

/// <summary>
/// The letter's Markdown as the child will read it: plain-text blocks without markup or escapes. Quotes are
/// left out: in a letter they are the child's own words, which are never marked as jargon or graded.
/// The scale panel is left out too: it is a drawing with labels, not sentences. A family tree's cards (names and
/// roles) are labels too: checked for jargon, never graded as sentences.
/// </summary>
public static partial class LetterText
{
    public static IReadOnlyList<LetterParagraph> Paragraphs(string markdown)
    {
        var paragraphs = new List<LetterParagraph>();
        var lines = new List<string>();
        var inScale = false;
        var inTree = false;
        void Flush()
        {
            if (lines.Count > 0) paragraphs.Add(new LetterParagraph(Plain(string.Join(' ', lines)), Prose: true));
            lines.Clear();
        }
        foreach (var raw in markdown.Replace("\r\n", "\n").Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith(":::", StringComparison.Ordinal))
            {
                Flush();
                inScale = line.StartsWith("::: scale", StringComparison.Ordinal);
                inTree = line.StartsWith("::: family-tree", StringComparison.Ordinal);
                continue;
            }
            if (inTree)
            {
                // Each card is "name (role) picture": the words are what comes before its picture.
                var row = line.StartsWith("- ", StringComparison.Ordinal) ? line[2..] : line;
                var cards = string.Join(' ', row.Split('|').Select(card => card.Split("![", 2)[0].Trim())).TrimStart(':', ' ');
                if (cards.Length > 0) paragraphs.Add(new LetterParagraph(Plain(cards), Prose: false));
                continue;
            }
            // A picture line (an easy-read point's photo) is not words anyone reads.
            if (inScale || line.StartsWith('>') || line.StartsWith("![", StringComparison.Ordinal)) continue;
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith('|'))
            {
                Flush();
                if (line.StartsWith('#')) paragraphs.Add(new LetterParagraph(Plain(line.TrimStart('#')), Prose: false));
                else if (line.StartsWith('|') && !TableRule().IsMatch(line)) paragraphs.Add(new LetterParagraph(Plain(line.Replace('|', ' ')), Prose: false));
                continue;
            }
            lines.Add(line.StartsWith("- ", StringComparison.Ordinal) ? line[2..] : line);
        }
        Flush();
        return paragraphs.Where(p => p.Text.Length > 0).ToList();
    }

    /// <summary>Removes backslash escapes and emphasis marks, and closes up spaces.</summary>
    private static string Plain(string text) =>
        Spaces().Replace(Escape().Replace(text, "$1").Replace("**", "", StringComparison.Ordinal), " ").Trim();

    [GeneratedRegex(@"\\([!-/:-@\[-`{-~])")]
    private static partial Regex Escape();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^\|[\s|:-]+\|?$")]
    private static partial Regex TableRule();
}
