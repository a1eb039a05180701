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

    private static string PageText(UglyToad.PdfPig.Content.Page page)
    {
        var lines = page.GetWords()
            .GroupBy(w => Math.Round(w.BoundingBox.Bottom / 3))
            .OrderByDescending(g => g.Key)
            .Select(g => string.Join(" ", g.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text)));
        return string.Join("\n", lines);
    }
}
