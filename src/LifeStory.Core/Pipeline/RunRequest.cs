using LifeStory.Cases.Model;

namespace LifeStory.Pipeline;

/// <summary>
/// One run of the pipeline. Today is passed in, never read from the clock inside, so ages and "when you were 3"
/// are reproducible. ReviewDate picks a review for minutes (the latest when null). SkipBadPictures turns unreadable
/// pictures from errors that stop the run into warnings, and draws a placeholder for each. Reader is who the
/// version is for: everything the case hides from that reader is removed before any template runs.
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
}
