using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;

namespace LifeStory.Documents.Rendering.Html;

/// <summary><c>::: beside</c>: the picture in one column and the text in the other, in the order they were written.</summary>
internal static class BesideWriter
{
    private const int BesidePictureWidth = 800;

    public static void Write(HtmlRenderer renderer, CustomContainer container, HtmlRenderContext context)
    {
        var blocks = container.ToList();
        var first = blocks.FindIndex(PictureParagraph.IsPictures);
        if (first < 0)
        {
            renderer.WriteLine("<div class=\"beside-text\">");
            renderer.WriteChildren(container);
            renderer.EnsureLine().WriteLine("</div>");
            return;
        }
        var picture = blocks[first];
        var text = blocks.Where(block => !ReferenceEquals(block, picture)).ToList();
        var pictureFirst = text.Count == 0 || blocks.IndexOf(text[0]) > first;
        renderer.WriteLine("<div class=\"beside\">");
        if (pictureFirst) WritePicture(renderer, picture, context);
        renderer.WriteLine("<div class=\"beside-text\">");
        foreach (var block in text) renderer.Write(block);
        renderer.EnsureLine().WriteLine("</div>");
        if (!pictureFirst) WritePicture(renderer, picture, context);
        renderer.EnsureLine().WriteLine("</div>");
    }

    private static void WritePicture(HtmlRenderer renderer, Markdig.Syntax.Block picture, HtmlRenderContext context)
    {
        var width = context.PictureWidth;
        context.PictureWidth = Math.Min(width, BesidePictureWidth);
        renderer.WriteLine("<div class=\"beside-picture\">");
        renderer.Write(picture);
        renderer.EnsureLine().WriteLine("</div>");
        context.PictureWidth = width;
    }
}
