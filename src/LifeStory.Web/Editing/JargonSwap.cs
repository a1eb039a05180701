using System.Text.RegularExpressions;
using LifeStory.Checking;

namespace LifeStory.Web.Editing;

/// <summary>
/// A jargon finding that names plainer words ("contact" → "family time") can be put right with one click: the
/// button beside the field swaps the words in the box, and the person then saves. Advice rather than words
/// ("(use the child's name)") has no swap: only a person can follow it.
/// </summary>
public sealed partial record JargonSwap(string Word, string Instead)
{
    public static IEnumerable<JargonSwap> From(IEnumerable<Finding> findings) => findings
        .Where(f => f.Code == WordingChecker.JargonCode)
        .Select(f => (Word: Quoted().Match(f.Message), Instead: SayInstead().Match(f.Fix ?? "")))
        .Where(m => m.Word.Success && m.Instead.Success)
        .Select(m => new JargonSwap(m.Word.Groups[1].Value, m.Instead.Groups[1].Value))
        .Distinct();

    [GeneratedRegex("^\"([^\"]+)\" is social-work jargon\\.", RegexOptions.CultureInvariant)]
    private static partial Regex Quoted();

    [GeneratedRegex("^Say \"([^\"]+)\" instead\\.", RegexOptions.CultureInvariant)]
    private static partial Regex SayInstead();
}
