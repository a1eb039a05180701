using System.Globalization;
using LifeStory.Documents.Layout.Blocks;
using LifeStory.Documents.Markdown;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using Markdig.Syntax;
using FamilyTreeBlock = LifeStory.Documents.Model.FamilyTreeBlock;
using FamilyTreePerson = LifeStory.Documents.Model.FamilyTreePerson;

namespace LifeStory.Documents.Rendering.Html;

/// <summary>
/// <c>::: family-tree</c>, read exactly as the PDF reads it (<see cref="FamilyTreeReader"/>), as a figure holding a
/// list of rows; each row is its label and a list of people, each person their picture (alt text: their name),
/// name and role. A screen reader hears "Grown-ups, list of 3 items: Mum Kelly, my birth mum…"; the child's
/// name is <c>strong</c>. A person without a usable picture gets their initial in a circle, hidden from assistive
/// technology (the name follows it). Anything else in the container prints after the tree, as in the PDF.
/// </summary>
internal static class FamilyTreeWriter
{
    private const int PicturePixels = 240;

    public static void Write(HtmlRenderer renderer, CustomContainer container, HtmlRenderContext context)
    {
        if (FamilyTreeReader.Read(container) is { } tree) WriteTree(renderer, tree, context);
        foreach (var block in container.Where(block => block is not ListBlock)) renderer.Write(block);
    }

    private static void WriteTree(HtmlRenderer renderer, FamilyTreeBlock tree, HtmlRenderContext context)
    {
        renderer.EnsureLine().WriteLine("<figure class=\"family-tree\" aria-label=\"Family tree\">");
        renderer.WriteLine("<ul class=\"family-tree-rows\" role=\"list\">");
        foreach (var row in tree.Rows)
        {
            renderer.WriteLine("<li class=\"family-tree-row\">");
            if (row.Label.Length > 0)
                renderer.Write("<span class=\"family-tree-label\">").Write(HtmlText.Encode(row.Label)).WriteLine("</span>");
            renderer.WriteLine("<ul class=\"family-tree-people\" role=\"list\">");
            foreach (var person in row.People) WritePerson(renderer, person, context);
            renderer.WriteLine("</ul>");
            renderer.WriteLine("</li>");
        }
        renderer.WriteLine("</ul>");
        renderer.WriteLine("</figure>");
    }

    private static void WritePerson(HtmlRenderer renderer, FamilyTreePerson person, HtmlRenderContext context)
    {
        renderer.Write(person.IsChild ? "<li class=\"family-tree-person family-tree-child\">" : "<li class=\"family-tree-person\">");
        // The same face-sized square the printed circle shows, not the whole scene.
        var picture = context.Pictures.Embed(person.Picture, PicturePixels, aspect => FaceCrop.For(aspect, person.Focus));
        var name = HtmlText.Encode(person.Name);
        if (picture is not null)
        {
            renderer.Write("<img src=\"").Write(picture.DataUri).Write("\" alt=\"").Write(name)
                .Write("\" width=\"").Write(picture.Width.ToString(CultureInfo.InvariantCulture))
                .Write("\" height=\"").Write(picture.Height.ToString(CultureInfo.InvariantCulture)).Write("\"> ");
        }
        else
        {
            var initial = person.Name.Length == 0 ? "" : StringInfo.GetNextTextElement(person.Name, 0).ToUpperInvariant();
            var missing = person.Picture is null ? "" : " family-tree-missing";
            renderer.Write("<span class=\"family-tree-initial").Write(missing).Write("\" aria-hidden=\"true\">").Write(HtmlText.Encode(initial)).Write("</span> ");
        }
        renderer.Write(person.IsChild ? "<strong class=\"family-tree-name\">" : "<span class=\"family-tree-name\">");
        context.Languages.Write(renderer, person.Name);
        renderer.Write(person.IsChild ? "</strong>" : "</span>");
        if (person.Role is { } role)
        {
            renderer.Write(" <span class=\"family-tree-role\">");
            context.Languages.Write(renderer, role);
            renderer.Write("</span>");
        }
        renderer.WriteLine("</li>");
    }
}
