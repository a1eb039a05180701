using LifeStory.Documents.Pictures;

namespace LifeStory.Documents.Rendering.Html;

/// <summary>What the renderers share while one page is written.</summary>
internal sealed class HtmlRenderContext(IPictureSource pictures, IdRegistry ids, IReadOnlyList<Chapter> chapters, LanguageRuns languages)
{
    /// <summary>Marks text in another script than the page's with its language and direction.</summary>
    public LanguageRuns Languages { get; } = languages;

    public PictureEmbedder Pictures { get; } = new(pictures);

    public IdRegistry Ids { get; } = ids;

    public IReadOnlyList<Chapter> Chapters { get; } = chapters;

    /// <summary>The level of the last heading written, so a panel's title sits one level below it.</summary>
    public int LastHeadingLevel { get; set; }

    /// <summary>The widest a picture is prepared, in pixels: narrower inside grids and beside text.</summary>
    public int PictureWidth { get; set; } = PictureEmbedder.FullWidth;
}
