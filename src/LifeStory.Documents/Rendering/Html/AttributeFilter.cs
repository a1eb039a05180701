using System.Text.RegularExpressions;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace LifeStory.Documents.Rendering.Html;

/// <summary>
/// Cleans the attributes Markdig's generic-attributes extension read from the text (<c>{.fill onclick=…}</c>)
/// before anything is written: class names made only of <c>a-z</c>, <c>0-9</c> and hyphens are kept, every
/// other property and every typed id is dropped, so text can never add event handlers, styles or links. A picture's
/// focus point is kept aside on its node (never written), for the face circles.
/// </summary>
internal static partial class AttributeFilter
{
    public static void Clean(MarkdownDocument document)
    {
        foreach (var node in document.Descendants())
        {
            var attributes = node.TryGetAttributes();
            if (attributes is null) continue;
            if (node is Markdig.Syntax.Inlines.LinkInline { IsImage: true } image) LifeStory.Documents.Markdown.PictureAttributes.KeepFocus(image);
            attributes.Id = null;
            attributes.Properties?.Clear();
            attributes.Classes?.RemoveAll(name => !IsSafeClass(name));
        }
    }

    public static bool IsSafeClass(string? name) => name is not null && SafeClass().IsMatch(name);

    [GeneratedRegex("^[a-z0-9-]{1,40}$", RegexOptions.CultureInvariant)]
    private static partial Regex SafeClass();
}
