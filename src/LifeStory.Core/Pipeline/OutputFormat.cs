namespace LifeStory.Pipeline;

/// <summary>What a run writes: the PDF to print, or the Markdown the templates made (to see what a template does).</summary>
public enum OutputFormat
{
    Pdf,
    Markdown,
}
