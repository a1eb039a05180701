using System.Globalization;
using System.Text;
using LifeStory.Documents.Rendering;
using LifeStory.Documents.Rendering.Html;
using LifeStory.Pipeline;

namespace LifeStory.Output;

/// <summary>
/// Writes a composition in the chosen format, every file atomically. PNG pages are numbered after the
/// output's name (book-01.png, book-02.png…); everything else is one file.
/// </summary>
public static class Renditions
{
    public static string Extension(OutputFormat format) => format switch
    {
        OutputFormat.Png => ".png",
        OutputFormat.Html => ".html",
        OutputFormat.Markdown => ".md",
        _ => ".pdf",
    };

    /// <summary>"life-story-book.pdf" becomes "life-story-book-booklet.pdf": a booklet never replaces the ordinary book.</summary>
    public static string BookletName(string fileName) =>
        Path.Combine(Path.GetDirectoryName(fileName) ?? "", Path.GetFileNameWithoutExtension(fileName) + "-booklet.pdf");

    /// <summary>The A4 sheets a booklet of this many A5 pages prints on: four pages to a sheet, blanks making up the rest.</summary>
    public static int BookletSheets(int pages) => Imposition.PaddedCount(pages) / 4;

    /// <summary>
    /// Writes the composition's A5 pages as a booklet imposed on A4 landscape sheets, atomically, and returns the path.
    /// </summary>
    public static string WriteBooklet(Composition composition, string output)
    {
        var pages = composition.Pages ?? throw new InvalidOperationException("Nothing was laid out.");
        AtomicFile.Write(output, s => BookletWriter.Write(pages, composition.Pictures, s));
        return output;
    }

    /// <summary>Writes the files and returns the paths written, in page order.</summary>
    public static IReadOnlyList<string> Write(Composition composition, OutputFormat format, string output)
    {
        var pages = composition.Pages ?? throw new InvalidOperationException("Nothing was laid out.");
        switch (format)
        {
            case OutputFormat.Markdown:
                AtomicFile.Write(output, s => s.Write(Encoding.UTF8.GetBytes(composition.Markdown ?? "")));
                return [output];
            case OutputFormat.Html:
                var html = HtmlWriter.Write(composition.Markdown ?? "", pages.Info, pages.Theme, composition.Pictures, pages.Info.Language, otherLanguage: composition.OtherLanguage);
                AtomicFile.Write(output, s => s.Write(Encoding.UTF8.GetBytes(html)));
                return [output];
            case OutputFormat.Png:
                var stem = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(output))!, Path.GetFileNameWithoutExtension(output));
                var files = new List<string>();
                for (var i = 0; i < pages.Pages.Count; i++)
                {
                    var file = stem + "-" + (i + 1).ToString("D2", CultureInfo.InvariantCulture) + ".png";
                    var index = i;
                    AtomicFile.Write(file, s => s.Write(PngWriter.RenderPng(pages, index, composition.Pictures, 150f)));
                    files.Add(file);
                }
                return files;
            default:
                AtomicFile.Write(output, s => PdfWriter.Write(pages, composition.Pictures, s));
                return [output];
        }
    }
}
