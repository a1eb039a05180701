using System.Globalization;
using System.Text;

namespace LifeStory.Documents.Rendering.Html;

/// <summary>Hands out element ids made from text ("All about me" → <c>all-about-me</c>), each used once per page.</summary>
internal sealed class IdRegistry
{
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    public string Next(string text, string fallback)
    {
        var slug = Slug(text);
        var stem = slug.Length == 0 ? fallback : slug;
        var id = stem;
        for (var n = 2; !_used.Add(id); n++) id = $"{stem}-{n}";
        return id;
    }

    /// <summary>Lower-case letters and digits (of any script, so names in Arabic keep theirs), everything else folded to single hyphens.</summary>
    private static string Slug(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
                builder.Append(char.ToLowerInvariant(c));
            else if (builder.Length > 0 && builder[^1] != '-') builder.Append('-');
            if (builder.Length >= 60) break;
        }
        return builder.ToString().Trim('-');
    }
}
