using UglyToad.PdfPig;

namespace LifeStory.Tests.Support;

/// <summary>Reads a PDF back the way a person reads it: each page as lines of words, top to bottom, left to right.</summary>
internal static class PdfText
{
    public static IReadOnlyList<string> Pages(string path)
    {
        using var document = PdfDocument.Open(path);
        return document.GetPages().Select(PageText).ToList();
    }

    public static string Metadata(string path)
    {
        using var document = PdfDocument.Open(path);
        var info = document.Information;
        return $"Title: {info.Title}\nSubject: {info.Subject}\nAuthor: {info.Author}\nCreator: {info.Creator}\nProducer: {info.Producer}\nCreated: {info.CreationDate}";
    }

    /// <summary>
    /// Lines from letters grouped by baseline; a space wherever the gap between two letters is wider than a
    /// fifth of the type size (our PDFs position words rather than draw space glyphs, as many writers do).
    /// </summary>
    private static string PageText(UglyToad.PdfPig.Content.Page page)
    {
        var lines = page.Letters
            .Where(l => !string.IsNullOrWhiteSpace(l.Value))
            .GroupBy(l => Math.Round(l.StartBaseLine.Y / 2))
            .OrderByDescending(g => g.Key)
            .Select(g =>
            {
                var text = new System.Text.StringBuilder();
                UglyToad.PdfPig.Content.Letter? previous = null;
                foreach (var letter in g.OrderBy(l => l.StartBaseLine.X))
                {
                    if (previous is not null && letter.StartBaseLine.X - previous.EndBaseLine.X > previous.PointSize * 0.2)
                        text.Append(' ');
                    text.Append(letter.Value);
                    previous = letter;
                }
                return text.ToString();
            });
        return string.Join("\n", lines);
    }
}
