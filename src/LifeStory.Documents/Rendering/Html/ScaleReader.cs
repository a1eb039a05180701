using System.Globalization;
using System.Text.RegularExpressions;
using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;

namespace LifeStory.Documents.Rendering.Html;

/// <summary>
/// Reads <c>::: scale</c>: paragraph lines <c>0: meaning</c> and <c>10: meaning</c> (other lines are the question),
/// then a list of <c>Name: score</c> with scores from 0 to 10. Null when there are no scores to show.
/// </summary>
internal static partial class ScaleReader
{
    public static ScaleReading? Read(CustomContainer container)
    {
        string? zero = null, ten = null;
        var question = new List<string>();
        foreach (var line in container.OfType<ParagraphBlock>().SelectMany(InlineLines.Of))
        {
            var end = End().Match(line);
            if (end.Success && end.Groups[1].Value == "0") zero = end.Groups[2].Value.Trim();
            else if (end.Success) ten = end.Groups[2].Value.Trim();
            else question.Add(line);
        }
        var scores = new List<ScaleScore>();
        foreach (var item in container.OfType<ListBlock>().SelectMany(list => list.OfType<ListItemBlock>()))
        {
            var text = string.Join(" ", item.OfType<ParagraphBlock>().Select(InlineLines.Joined));
            var match = Score().Match(text);
            if (!match.Success) continue;
            var typed = match.Groups[2].Value;
            if (!double.TryParse(typed.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value is < 0 or > 10)
                continue;
            scores.Add(new ScaleScore(match.Groups[1].Value.Trim(), typed, value));
        }
        return scores.Count == 0 ? null : new ScaleReading(question.Count == 0 ? null : string.Join(" ", question), zero, ten, scores);
    }

    [GeneratedRegex(@"^\s*(0|10)\s*[:=]\s*(.*\S)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex End();

    [GeneratedRegex(@"^\s*(.*\S)\s*:\s*(\d{1,2}(?:[.,]\d+)?)\s*(?:/\s*10|out of 10)?\s*\.?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Score();
}
