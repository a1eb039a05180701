namespace LifeStory.Pipeline;

/// <summary>
/// One run of the pipeline. Today is passed in, never read from the clock inside, so ages and "when you were 3"
/// are reproducible. ReviewDate picks a review for minutes (the latest when null).
/// </summary>
public sealed record RunRequest(
    Product Product,
    string CaseFolder,
    DateOnly Today,
    string? OutputPath = null,
    string? TemplatesFolder = null,
    DateOnly? ReviewDate = null,
    OutputFormat Format = OutputFormat.Pdf,
    PageLayout? Layout = null)
{
    public PageLayout Layout { get; init; } = Layout ?? PageLayout.Default;
}
