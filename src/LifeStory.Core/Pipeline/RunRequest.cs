using LifeStory.Cases.Model;
using LifeStory.Documents.Themes;

namespace LifeStory.Pipeline;

/// <summary>
/// One run of the pipeline. Today is passed in, never read from the clock inside, so ages and "when you were 3"
/// are reproducible. ReviewDate picks a review for minutes (the latest when null). SkipBadPictures turns unreadable
/// pictures from errors that stop the run into warnings, and draws a placeholder for each. Reader is who the
/// version is for: everything the case hides from that reader is removed before any template runs.
/// Booklet lays the pages out on A5, whatever Layout's paper, and imposes them two to a side on A4 sheets to
/// fold and staple (PDF only).
/// </summary>
public sealed record RunRequest(
    Product Product,
    string CaseFolder,
    DateOnly Today,
    string? OutputPath = null,
    string? TemplatesFolder = null,
    DateOnly? ReviewDate = null,
    OutputFormat Format = OutputFormat.Pdf,
    PageLayout? Layout = null,
    bool SkipBadPictures = false,
    Audience Reader = Audience.Child)
{
    public PageLayout Layout { get; init; } = Layout ?? PageLayout.Default;

    /// <summary>
    /// Prepared pictures shared across runs in this process (a server's), instead of the case folder's disk cache:
    /// a server's case folder is a fresh temporary one each time. Null for the CLI.
    /// </summary>
    public LifeStory.Documents.Pictures.PreparedPictureMemory? PreparedPictures { get; init; }

    /// <summary>
    /// The language the document's fixed words are written in, as a BCP 47 tag ("ar", "pl"); English when null.
    /// Its catalogue is templates/languages/&lt;tag&gt;.yaml. Case text (the story, what people said) prints as written.
    /// </summary>
    public string? Language { get; init; }

    /// <summary>
    /// A second language ("ar") for a document in two: each part in English, then in this language (see Bilingual).
    /// </summary>
    public string? Bilingual { get; init; }

    /// <summary>Picks a conference for its outcome, as ReviewDate picks a review (the latest when null).</summary>
    public DateOnly? ConferenceDate { get; init; }

    /// <summary>An A5 booklet imposed on A4 sheets, written as "…-booklet.pdf" so it never replaces the ordinary PDF.</summary>
    public bool Booklet { get; init; }

    /// <summary>
    /// The easy-read review letter (minutes only): written to a parent who needs easy read, as parents may see the
    /// record, with one idea a line, a picture beside each point and large print. Reader must be Parents.
    /// </summary>
    public bool EasyRead { get; init; }

    /// <summary>The layout the pages are made with: A5 for a booklet, else the one asked for.</summary>
    public PageLayout EffectiveLayout => Booklet ? Layout with { Paper = PageSize.A5 } : Layout;
}
