using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace LifeStory.Web.Tests.Reviews.Sending;

/// <summary>A PDF read back as a person reads it: each page as lines of words, top to bottom (as LifeStory.Tests' PdfText does).</summary>
public static class PdfPages
{
    public static IReadOnlyList<string> Read(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().Select(Text).ToList();
    }

    // Our PDFs position words rather than draw spaces: a gap wider than a fifth of the type size is a space.
    private static string Text(Page page) => string.Join("\n", page.Letters
        .Where(l => !string.IsNullOrWhiteSpace(l.Value))
        .GroupBy(l => Math.Round(l.StartBaseLine.Y / 2))
        .OrderByDescending(g => g.Key)
        .Select(g =>
        {
            var text = new StringBuilder();
            Letter? previous = null;
            foreach (var letter in g.OrderBy(l => l.StartBaseLine.X))
            {
                if (previous is not null && letter.StartBaseLine.X - previous.EndBaseLine.X > previous.PointSize * 0.2) text.Append(' ');
                text.Append(letter.Value);
                previous = letter;
            }
            return text.ToString();
        }));
}
