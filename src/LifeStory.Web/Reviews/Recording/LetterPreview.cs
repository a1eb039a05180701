using LifeStory.Cases.Loading;
using LifeStory.Cases.Model;
using LifeStory.Checking;
using LifeStory.Documents.Pictures;
using LifeStory.Documents.Rendering.Html;
using LifeStory.Pipeline;
using LifeStory.Web.Children;
using LifeStory.Web.Storage;

namespace LifeStory.Web.Reviews.Recording;

/// <summary>
/// The child's letter for this review, made from the unsaved form as the IRO types: the case is written with this
/// review in place to a private temporary folder, the pipeline makes the child's version for the review's date
/// (the same stages as the PDF, shown as the engine's HTML without pictures, which is quick), and the wording checks
/// `lifestory check` makes (jargon, reading level) are run on it so their advice appears at the box it is about.
/// </summary>
public sealed partial record LetterPreview(string? Html, IReadOnlyList<Finding> Findings)
{
    private static readonly FolderPictureSource NoPictures = new(_ => null);

    /// <param name="product">Minutes for a review; Conference for a conference's letter to the child.</param>
    public static LetterPreview Make(CaseFolderContents contents, DateOnly date, DateOnly today, string? templatesFolder, Product product = Product.Minutes)
    {
        using var folder = TempCaseFolder.Write(contents);
        var loaded = CaseLoader.Load(folder.CaseFolder);
        var findings = loaded.Findings.ToList();
        if (loaded.Case is null || findings.Any(f => f.IsError)) return new LetterPreview(null, Relative(findings, folder));
        using var letter = CasePipeline.Compose(new RunRequest(product, folder.CaseFolder, today,
            TemplatesFolder: templatesFolder, ReviewDate: date, Format: OutputFormat.Html, Reader: Audience.Child) { ConferenceDate = date });
        findings.AddRange(letter.Findings.Where(f => f.IsError));
        if (!findings.Any(f => f.IsError)) findings.AddRange(WordingChecker.Check(loaded.Case, today, templatesFolder));
        var html = letter.Markdown is { } markdown ? Nested(HtmlWriter.WriteFragment(markdown, NoPictures)) : null;
        return new LetterPreview(html, Relative(findings, folder));
    }

    /// <summary>
    /// The letter sits under the page's own headings ("The letter to Amira" is an h2), so its "Dear Amira," (h1) and
    /// its sections (h2) move down two levels: a screen reader's outline of the page stays in order.
    /// </summary>
    public static string Nested(string html) => Heading().Replace(html, m => $"<{m.Groups[1].Value}h{int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) + 2}");

    [System.Text.RegularExpressions.GeneratedRegex("<(/?)h([1-4])(?=[\\s>])", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex Heading();

    private static List<Finding> Relative(IEnumerable<Finding> findings, TempCaseFolder folder) =>
        findings.Select(f => FindingPaths.Relative(f, folder.CaseFolder)).ToList();
}
