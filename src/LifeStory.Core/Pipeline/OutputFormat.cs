namespace LifeStory.Pipeline;

/// <summary>
/// What a run writes: the PDF to print; PNG pages (previews, thumbnails); the accessible HTML rendition for
/// screen readers; or the Markdown the templates made, so a template author can see each stage.
/// </summary>
public enum OutputFormat
{
    Pdf,
    Png,
    Html,
    Markdown,
}
