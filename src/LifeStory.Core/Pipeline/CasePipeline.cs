using LifeStory.Audiences;
using LifeStory.Cases.Loading;
using LifeStory.Cases.Model;
using LifeStory.Checking;
using LifeStory.Documents.Files;
using LifeStory.Documents.Layout;
using LifeStory.Documents.Markdown;
using LifeStory.Documents.Model;
using LifeStory.Documents.Pictures;
using LifeStory.Documents.Rendering;
using LifeStory.Documents.Rendering.Html;
using LifeStory.Documents.Text;
using LifeStory.Documents.Themes;
using LifeStory.Languages;
using LifeStory.Output;
using LifeStory.Templating;
using LifeStory.Translations;
using LifeStory.Wording;
using Scriban.Runtime;

namespace LifeStory.Pipeline;

/// <summary>
/// The one pipeline every product goes through, in the order a social worker would describe it:
/// load the case → check it → keep only what this reader may see → fill the templates → read the Markdown
/// → lay out pages → draw the PDF → save it safely. Each stage returns findings; the first stage with an
/// error stops the run and nothing is written.
/// </summary>
public static partial class CasePipeline
{
    /// <summary>The code of the error for a case with no review meetings at all, which a batch counts as nothing to write, not a failure.</summary>
    public const string NoReviews = "no-reviews";

    /// <summary>Printed on every page of a book nobody has checked yet.</summary>
    public const string DraftWords = "DRAFT — not yet checked";

    /// <summary>Printed on every page of a review letter its IRO has not signed yet.</summary>
    public const string UnsignedWords = "DRAFT — not yet signed";

    public static RunResult Run(RunRequest request, IProgress<string>? progress = null)
    {
        if (request.Booklet && request.Format != OutputFormat.Pdf)
            throw new ArgumentException($"A booklet is a PDF to print; it cannot be written as {request.Format}.", nameof(request));
        using var composition = Compose(request, progress);
        if (composition.Pages is null) return new RunResult(composition.Findings, null, 0);

        progress?.Report(request.Booklet ? "Arranging the pages as a booklet" : request.Format switch
        {
            OutputFormat.Png => "Drawing the pages",
            OutputFormat.Html => "Writing the web page",
            OutputFormat.Markdown => "Writing the Markdown",
            _ => "Writing the PDF",
        });
        var fileName = Path.ChangeExtension(composition.FileName, Renditions.Extension(request.Format));
        if (request.Booklet) fileName = Renditions.BookletName(fileName);
        var output = request.OutputPath ?? Path.Combine(request.CaseFolder, "output", fileName);
        OutputPlace.Check(output, request.CaseFolder, [], request.TemplatesFolder is { } templates ? [templates] : []);
        output = request.Booklet ? Renditions.WriteBooklet(composition, output) : Renditions.Write(composition, request.Format, output)[0];
        return new RunResult(composition.Findings, output, composition.Pages.Pages.Count)
        {
            SkippedPictures = composition.SkippedPictures,
            Redaction = composition.Redaction,
            // The translation's own mark is not a draft of the case: a signed record in an unchecked translation is final.
            Draft = composition.Pages.Info.Watermark is { } mark && !mark.StartsWith(NotCheckedWords, StringComparison.Ordinal),
            TranslationNotChecked = composition.Pages.Info.Watermark?.Contains(NotCheckedWords, StringComparison.Ordinal) == true,
            Sheets = request.Booklet ? Renditions.BookletSheets(composition.Pages.Pages.Count) : 0,
        };
    }

    /// <summary>Every stage up to laid-out pages, which any renderer (PDF, PNG previews, tests) can then draw.</summary>
    public static Composition Compose(RunRequest request, IProgress<string>? progress = null)
    {
        if (request.Bilingual is { } second) return Bilingual.Compose(request, second, progress);
        EasyReadRequest.Check(request);
        var findings = new List<Finding>();
        if (Check(request, findings, progress) is not { } checkedCase) return Stopped(findings);
        if (Write(request, checkedCase, findings, progress) is not { } text) return Stopped(findings);
        return LayOut(request, checkedCase, text, text.Markdown, text.Info, findings, progress);
    }

    /// <summary>
    /// In a document in another language the case's own text (the story, what people said) is still English, as it
    /// was written: runs in another script than the document's are marked as English, so a screen reader switches voice.
    /// </summary>
    private static readonly OtherLanguage CaseTextLanguage = new(Catalogues.Default, []);

    /// <summary>The words in English that say a translation is not checked yet.</summary>
    public const string NotCheckedWords = "Translation not yet checked";

    /// <summary>"DRAFT — not yet signed · Translation not yet checked · (the same in the document's language)".</summary>
    private static string NotCheckedMark(string? draft, Catalogue words, Pronouns pronouns)
    {
        var own = words.Say("not_checked_mark", null, pronouns);
        var mark = own == NotCheckedWords ? NotCheckedWords : NotCheckedWords + " · " + own;
        return draft is null ? mark : draft + " · " + mark;
    }

    /// <summary>
    /// The pictures of a case folder as a composition draws them, for drawing more pages of a layout kept from an
    /// earlier run (a server's preview draws the page being edited at once and the others only when looked at).
    /// </summary>
    public static FolderPictureSource PicturesIn(string caseFolder, PreparedPictureMemory memory) =>
        new(source => CaseFiles.TryResolve(caseFolder, source, out var full, out _) ? full : null, null, memory);

    /// <summary>A letter speaks of its meeting and the people in it; a book of everything but the meetings.</summary>
    private static RedactionSummary SummaryFor(Product product, RedactionSummary summary) => product switch
    {
        Product.Minutes => summary.Only(kind => kind == "person" || RedactionSummary.ReviewKinds.Contains(kind)),
        Product.Conference => summary.Only(kind => kind == "person" || RedactionSummary.ConferenceKinds.Contains(kind)),
        Product.PathwayPlan => summary.Only(kind => kind == "person" || RedactionSummary.PathwayKinds.Contains(kind)),
        _ => summary.Only(kind => !RedactionSummary.PlanOrMeeting(kind)),
    };

    /// <summary>
    /// The case fields a product prints, by path: a review letter prints the people's names and its own review,
    /// not the story; a book and the later-life letter print everything but the review meetings.
    /// </summary>
    private static Func<string, bool> PrintedText(Product product, int meeting) => product switch
    {
        Product.Minutes => path => path.StartsWith($"reviews[{meeting}]", StringComparison.Ordinal) || AboutPeople(path),
        Product.Conference => path => path.StartsWith($"conferences[{meeting}]", StringComparison.Ordinal) || AboutPeople(path),
        // A pathway plan also prints its adviser's few words about themselves.
        Product.PathwayPlan => path => path.StartsWith("pathway_plan", StringComparison.Ordinal) || AboutPeople(path)
            || (path.StartsWith("people[", StringComparison.Ordinal) && path.EndsWith(".about", StringComparison.Ordinal)),
        _ => path => !path.StartsWith("reviews[", StringComparison.Ordinal) && !path.StartsWith("conferences[", StringComparison.Ordinal)
            && !path.StartsWith("pathway_plan", StringComparison.Ordinal),
    };

    /// <summary>What any letter or plan prints of the case beyond its own part: the child, and people's names and roles.</summary>
    private static bool AboutPeople(string path) => path.StartsWith("child.", StringComparison.Ordinal)
        || (path.StartsWith("people[", StringComparison.Ordinal) && (path.EndsWith(".name", StringComparison.Ordinal)
            || path.EndsWith(".known_as", StringComparison.Ordinal) || path.EndsWith(".relationship", StringComparison.Ordinal)));

    /// <summary>
    /// The picture files a product can print: the book prints any of them; a review letter at most the faces of
    /// the people in it and the child's own photo; the later-life letter none. Only these are decoded to check.
    /// </summary>
    private static Func<string, bool>? PrintedPictures(Product product, Case model)
    {
        if (product == Product.Book) return null;
        if (product is Product.LaterLifeLetter or Product.Conference or Product.PathwayPlan) return _ => false;
        var faces = model.People.Select(p => p.Photo).Append(model.Child.CoverPhoto).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var files = model.Photos.Where(p => faces.Contains(p.Id)).Select(p => p.File).ToHashSet(StringComparer.Ordinal);
        return files.Contains;
    }

    /// <param name="reviewsAt">Where the list of reviews starts: a date the case lacks is reported there, among the dates it has.</param>
    /// <summary>
    /// The child's first language when it is not English (the books are written in English), with what this reader's
    /// version prints in it: words that carry a translation were said in it, and the child's name in its script.
    /// </summary>
    private static OtherLanguage? FirstLanguage(Case visible)
    {
        var tag = LanguageTags.For(visible.Child.FirstLanguage);
        if (tag is null || tag.Split('-')[0] == "en") return null;
        var phrases = visible.MyWords.Where(w => w.Translation is not null).Select(w => w.Words)
            .Append(visible.Child.NameInFirstLanguage).OfType<string>().ToList();
        return new OtherLanguage(tag, phrases);
    }

    private static Review? ChooseReview(Case model, DateOnly? date, List<Finding> findings, SourceLocation? reviewsAt)
    {
        var reviews = model.Reviews.OrderBy(r => r.Date).ToList();
        if (reviews.Count == 0)
        {
            findings.Add(new Finding(Severity.Error, NoReviews, new SourceLocation("case.yaml", 1, 1), "reviews",
                "This case has no review meetings, so there is no letter to write.", "Add a meeting under reviews: in case.yaml."));
            return null;
        }
        if (date is null) return reviews[^1];
        var match = reviews.FirstOrDefault(r => r.Date == date);
        if (match is null)
            findings.Add(new Finding(Severity.Error, "no-review", reviewsAt ?? new SourceLocation("case.yaml", 1, 1), "reviews",
                $"There is no review meeting on {date:yyyy-MM-dd}.",
                $"Use one of: {string.Join(", ", reviews.Select(r => r.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)))}."));
        return match;
    }
}
