using System.Text;
using LifeStory.Documents.Model;

namespace LifeStory.Documents.Text;

/// <summary>
/// A paragraph's text flattened to one string, with the inline each character came from, so any range of it
/// can be shaped again (a long word split across lines, for example) with the right style.
/// </summary>
internal sealed class TextSource
{
    public TextSource(IReadOnlyList<Inline> inlines, ParagraphStyle style, FontLibrary fonts)
    {
        Inlines = inlines;
        Style = style;
        Fonts = fonts;
        var text = new StringBuilder();
        var owners = new List<int>();
        for (var i = 0; i < inlines.Count; i++)
        {
            // Tabs and other controls would shape as boxes: a tab reads as a space in a children's book.
            var value = inlines[i].Text;
            for (var k = 0; k < value.Length; k++)
            {
                var c = value[k];
                // A lone surrogate (broken UTF-16 from a bad paste) becomes the replacement character.
                if (char.IsHighSurrogate(c) && k + 1 < value.Length && char.IsLowSurrogate(value[k + 1]))
                {
                    text.Append(c).Append(value[++k]);
                    owners.Add(i);
                }
                else if (char.IsSurrogate(c)) text.Append('\uFFFD');
                else text.Append(c == '\t' || (char.IsControl(c) && c != '\n') ? ' ' : c);
                owners.Add(i);
            }
        }
        Text = text.ToString();
        Owner = [.. owners];
    }

    public IReadOnlyList<Inline> Inlines { get; }
    public ParagraphStyle Style { get; }
    public FontLibrary Fonts { get; }
    public string Text { get; }

    /// <summary>For each character of <see cref="Text"/>, the index of the inline it belongs to.</summary>
    public int[] Owner { get; }
}
