using System.Globalization;
using LifeStory.Documents.Model;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace LifeStory.Documents.Markdown;

/// <summary>
/// Reads a picture's attributes: <c>![A day at the beach](beach.jpg){.fill .polaroid .half .bw focus=0.5,0.3}</c>.
/// Unknown classes and properties are ignored: a template can never break a page with a typo here.
/// </summary>
internal static class PictureAttributes
{
    public static PictureStyle Read(LinkInline image)
    {
        var attributes = image.TryGetAttributes();
        if (attributes is null) return PictureStyle.Default;
        var classes = attributes.Classes ?? [];
        var style = PictureStyle.Default;
        if (classes.Contains("fill")) style = style with { Fit = PictureFit.Fill };
        if (classes.Contains("polaroid")) style = style with { Frame = PictureFrame.Polaroid };
        if (classes.Contains("square")) style = style with { Frame = PictureFrame.Square };
        if (classes.Contains("half")) style = style with { Width = 0.5f };
        if (classes.Contains("third")) style = style with { Width = 1f / 3 };
        if (classes.Contains("two-thirds")) style = style with { Width = 2f / 3 };
        if (classes.Contains("small")) style = style with { Width = 0.4f };
        if (classes.Contains("bw")) style = style with { BlackAndWhite = true };
        if (classes.Contains("trim")) style = style with { Trim = true };
        if (classes.Contains("large")) style = style with { PageShare = 0.6f };
        if (Focus(image) is { } focus) style = style with { FocusX = focus.X, FocusY = focus.Y };
        foreach (var (key, value) in attributes.Properties ?? [])
        {
            if (key == "height" && float.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var height) && height is > 20 and < 2000)
                style = style with { Height = height };
        }
        return style;
    }

    /// <summary>
    /// The picture's focus point (<c>focus=0.4,0.3</c>), or null when it has none or it is not two fractions. One the
    /// HTML rendition kept aside before it dropped every property (<see cref="KeepFocus"/>) counts too.
    /// </summary>
    public static PictureFocus? Focus(LinkInline image)
    {
        foreach (var (key, value) in image.TryGetAttributes()?.Properties ?? [])
        {
            if (key != "focus" || value is null) continue;
            var parts = value.Split(',');
            if (parts.Length == 2 && TryFraction(parts[0], out var x) && TryFraction(parts[1], out var y)) return new PictureFocus(x, y);
        }
        return image.GetData(typeof(PictureFocus)) as PictureFocus;
    }

    /// <summary>
    /// Keeps the focus point on the node itself, not as an attribute: the HTML rendition drops every property so
    /// none is written into the page, yet its face circles still need to know where the face is.
    /// </summary>
    public static void KeepFocus(LinkInline image)
    {
        if (Focus(image) is { } focus) image.SetData(typeof(PictureFocus), focus);
    }

    private static bool TryFraction(string text, out float value) =>
        float.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value) && value is >= 0 and <= 1;
}
