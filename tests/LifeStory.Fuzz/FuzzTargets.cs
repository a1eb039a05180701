using LifeStory.Cases.Loading;
using LifeStory.Documents.Layout;
using LifeStory.Documents.Markdown;
using LifeStory.Documents.Model;
using LifeStory.Documents.Pictures;
using LifeStory.Documents.Rendering;
using LifeStory.Documents.Text;
using LifeStory.Documents.Themes;
using LifeStory.Pipeline;

namespace LifeStory.Fuzz;

/// <summary>
/// What the fuzzer feeds: each target takes one input and either succeeds or reports findings. Any exception
/// escaping a target is a crash. The seeded generator in the tests and afl-fuzz through SharpFuzz (fuzz-afl) drive
/// the same targets, and every input either ever found to crash is kept in Crashes/ and run by the tests.
/// </summary>
public static class FuzzTargets
{
    public const string CaseYamlName = "case-yaml";

    public const string MarkdownName = "markdown";

    /// <summary>The one picture the Markdown target's folder holds, named by the seeds.</summary>
    public const string Picture = "pic.png";

    public static IReadOnlySet<string> Names { get; } = new HashSet<string>([CaseYamlName, MarkdownName], StringComparer.Ordinal);

    /// <summary>case.yaml bytes through the loader; a case that loads is then made into a book and drawn.</summary>
    public static void CaseYaml(byte[] bytes, string caseFolder, bool makeBook)
    {
        var result = CaseLoader.LoadBytes(bytes, caseFolder);
        foreach (var finding in result.Findings.Where(f => f.IsError))
        {
            if (finding.Location is null) throw new InvalidOperationException($"An error without a place: {finding}");
            if (string.IsNullOrWhiteSpace(finding.Fix)) throw new InvalidOperationException($"An error without a fix: {finding}");
        }
        if (result.Case is null || !makeBook) return;
        File.WriteAllBytes(Path.Combine(caseFolder, "case.yaml"), bytes);
        var request = new RunRequest(Product.Book, caseFolder, new DateOnly(2026, 11, 23), SkipBadPictures: true);
        using var composition = CasePipeline.Compose(request);
        if (composition.Pages is not null) PdfWriter.Write(composition.Pages, composition.Pictures, Stream.Null, RenderOptions.Screen);
    }

    /// <summary>Markdown read, laid out in the book and letter themes, and drawn as a PDF (where the rounded-corner crash was).</summary>
    public static void Markdown(string markdown, IPictureSource pictures)
    {
        var document = MarkdownReader.Read(markdown, new DocumentInfo("Fuzz"));
        foreach (var theme in new[] { Theme.Book, Theme.Letter })
        {
            var laid = LayoutEngine.Layout(document, theme, FontLibrary.For(theme.Fonts), pictures);
            PdfWriter.Write(laid, pictures, Stream.Null, RenderOptions.Screen);
        }
    }
}
