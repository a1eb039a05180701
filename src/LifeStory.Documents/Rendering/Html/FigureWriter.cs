using System.Globalization;
using LifeStory.Documents.Markdown;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace LifeStory.Documents.Rendering.Html;

/// <summary>
/// Writes one picture as a <c>figure</c> with alt text and caption, or, when the picture cannot be used, a
/// visible note in its place. The caption is the picture's title, else its description, as in the PDF.
/// </summary>
internal static class FigureWriter
{
    public static void Write(HtmlRenderer renderer, LinkInline image, HtmlRenderContext context)
    {
        var description = InlineMapper.PlainText(image).Trim();
        var title = image.Title?.Trim();
        var caption = !string.IsNullOrEmpty(title) ? title : description.Length > 0 ? description : null;
        var alt = description.Length > 0 ? description : caption ?? "A picture";
        var picture = context.Pictures.Embed(image.Url, context.PictureWidth);
        renderer.EnsureLine();
        if (picture is null)
        {
            var note = caption is null
                ? "There should be a picture here, but it could not be found."
                : $"There should be a picture here ({caption}), but it could not be found.";
            renderer.Write("<p class=\"picture-missing\" role=\"note\">");
            context.Languages.Write(renderer, note);
            renderer.WriteLine("</p>");
            return;
        }
        var classes = (image.TryGetAttributes()?.Classes ?? []).Where(AttributeFilter.IsSafeClass).Prepend("picture").Distinct(StringComparer.Ordinal);
        renderer.Write("<figure class=\"").Write(HtmlText.Encode(string.Join(' ', classes))).WriteLine("\">");
        renderer.Write("<img src=\"").Write(picture.DataUri).Write("\" alt=\"").Write(HtmlText.Encode(alt))
            .Write("\" width=\"").Write(picture.Width.ToString(CultureInfo.InvariantCulture))
            .Write("\" height=\"").Write(picture.Height.ToString(CultureInfo.InvariantCulture)).WriteLine("\">");
        if (caption is not null)
        {
            renderer.Write("<figcaption>");
            context.Languages.Write(renderer, caption);
            renderer.WriteLine("</figcaption>");
        }
        renderer.WriteLine("</figure>");
    }
}
