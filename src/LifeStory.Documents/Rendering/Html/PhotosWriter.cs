using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;

namespace LifeStory.Documents.Rendering.Html;

/// <summary><c>::: photos</c>: the pictures as a grid of figures, then any text the container also holds.</summary>
internal static class PhotosWriter
{
    private const int GridPictureWidth = 800;

    public static void Write(HtmlRenderer renderer, CustomContainer container, HtmlRenderContext context)
    {
        var pictures = container.Where(PictureParagraph.IsPictures).ToList();
        if (pictures.Count > 0)
        {
            var width = context.PictureWidth;
            context.PictureWidth = Math.Min(width, GridPictureWidth);
            renderer.WriteLine("<div class=\"photo-grid\">");
            foreach (var picture in pictures) renderer.Write(picture);
            renderer.EnsureLine().WriteLine("</div>");
            context.PictureWidth = width;
        }
        foreach (var other in container.Where(block => !PictureParagraph.IsPictures(block))) renderer.Write(other);
    }
}
