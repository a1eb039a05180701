using System.Text.RegularExpressions;

namespace LifeStory.Tests.Support;

/// <summary>The Markdown the templates wrote, as words: escapes in case text ("grown\-up") are Markdown's business.</summary>
internal static partial class MarkdownWords
{
    public static string Of(string markdown) => Escape().Replace(markdown, "$1");

    [GeneratedRegex(@"\\(\p{P}|\p{S})")]
    private static partial Regex Escape();
}
