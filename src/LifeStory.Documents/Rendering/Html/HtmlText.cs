using System.Text;

namespace LifeStory.Documents.Rendering.Html;

/// <summary>Escapes text for HTML content and for double- or single-quoted attribute values.</summary>
internal static class HtmlText
{
    public static string Encode(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                '\0' => "\uFFFD",
                _ => c.ToString(),
            });
        }
        return builder.ToString();
    }
}
