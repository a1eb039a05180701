using System.Text;

namespace LifeStory.Wording;

/// <summary>
/// Case text is data, never markup: every ASCII punctuation mark is backslash-escaped before it reaches a
/// template, so a carer who types "*", "#", "[link](x)", "&lt;b&gt;" or "{{ }}" sees exactly that printed.
/// </summary>
public static class MarkdownText
{
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text.Replace("\r\n", "\n"))
        {
            if (c is < '\u0080' and not ' ' and not '\n' && char.IsPunctuation(c) || c is '`' or '^' or '<' or '>' or '|' or '~' or '+' or '=' or '$')
                builder.Append('\\');
            builder.Append(c);
        }
        // A single newline inside a field is a soft break; a blank line still starts a new paragraph.
        return builder.ToString().Replace("\n\n", "\u0001").Replace('\n', ' ').Replace("\u0001", "\n\n");
    }
}
