using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Inline = Markdig.Syntax.Inlines.Inline;
using FamilyTreeBlock = LifeStory.Documents.Model.FamilyTreeBlock;
using FamilyTreeRow = LifeStory.Documents.Model.FamilyTreeRow;
using FamilyTreePerson = LifeStory.Documents.Model.FamilyTreePerson;

namespace LifeStory.Documents.Markdown;

/// <summary>
/// Reads <c>::: family-tree</c>, for the PDF and the HTML alike. Each item of the container's lists is one row:
/// <code>
/// - Grown-ups: Mum Kelly (my birth mum) ![](photos/kelly.jpg) | Darren (my birth dad) | Nan
/// - Children: Leo (my big brother) | **Maisie** (me)
/// </code>
/// <list type="bullet">
/// <item>The row's label is the text before the first colon (it may be empty: <c>- : Jo | Sam</c>). A colon that
/// comes after a <c>|</c>, a <c>(</c> or a picture is not a label's, and an item without a label is not a row.</item>
/// <item>People are separated by <c>|</c>. Each has a name, then optionally a role in brackets (what is inside the
/// first pair of brackets, which may hold brackets of its own; words after the brackets stay part of the
/// name) and a picture (<c>![](file)</c>, anywhere among the words; the first one counts, its alt text and
/// attributes are not used: the name is what is printed).</item>
/// <item>A name written in bold (<c>**Maisie**</c>) is the child's.</item>
/// <item>Backslash-escaped characters (<c>\|</c>, <c>\(</c>, <c>\:</c>, as case text arrives from the templates) are
/// plain text and never separate anything. Other inline Markdown (emphasis, links, code) counts as its words.</item>
/// <item>A person with no name, a row with no people and anything that is not a list item are left out. Nothing
/// throws: a row the reader cannot understand is simply not drawn.</item>
/// </list>
/// </summary>
internal static class FamilyTreeReader
{
    /// <summary>The tree the container's lists describe, or null when they hold no row with anyone in it.</summary>
    public static FamilyTreeBlock? Read(ContainerBlock container)
    {
        var rows = new List<FamilyTreeRow>();
        foreach (var item in container.OfType<ListBlock>().SelectMany(list => list.OfType<ListItemBlock>()))
            if (Row(item) is { } row) rows.Add(row);
        return rows.Count == 0 ? null : new FamilyTreeBlock(rows);
    }

    /// <summary>One character of the item's text (or one picture), with what decides how it is read.</summary>
    private readonly record struct Piece(char Char, bool Bold, bool Escaped, LinkInline? Image = null)
    {
        public bool Is(char c) => Image is null && !Escaped && Char == c;
    }

    private static FamilyTreeRow? Row(ListItemBlock item)
    {
        var pieces = new List<Piece>();
        foreach (var paragraph in item.OfType<ParagraphBlock>())
        {
            if (pieces.Count > 0) pieces.Add(new Piece(' ', false, true));
            if (paragraph.Inline is not null) Flatten(paragraph.Inline, bold: false, pieces);
        }
        var colon = LabelColon(pieces);
        if (colon < 0) return null;
        var people = new List<FamilyTreePerson>();
        var start = colon + 1;
        for (var i = start; i <= pieces.Count; i++)
        {
            if (i < pieces.Count && !pieces[i].Is('|')) continue;
            if (Person(pieces.GetRange(start, i - start)) is { } person) people.Add(person);
            start = i + 1;
        }
        return people.Count == 0 ? null : new FamilyTreeRow(Text(pieces.Take(colon)), people);
    }

    /// <summary>The first plain colon, unless a person's separator, role or picture comes before it; else -1.</summary>
    private static int LabelColon(List<Piece> pieces)
    {
        for (var i = 0; i < pieces.Count; i++)
        {
            if (pieces[i].Is(':')) return i;
            if (pieces[i].Image is not null || pieces[i].Is('|') || pieces[i].Is('(')) return -1;
        }
        return -1;
    }

    private static FamilyTreePerson? Person(List<Piece> pieces)
    {
        var image = pieces.Select(p => p.Image).FirstOrDefault(i => !string.IsNullOrEmpty(i?.Url?.Trim()));
        var picture = image?.Url?.Trim();
        var words = pieces.Where(p => p.Image is null).ToList();
        var open = words.FindIndex(p => p.Is('('));
        List<Piece> name;
        string? role = null;
        if (open < 0)
            name = words;
        else
        {
            var close = words.Count;
            for (int i = open + 1, depth = 1; i < words.Count; i++)
            {
                if (words[i].Is('(')) depth++;
                else if (words[i].Is(')') && --depth == 0)
                {
                    close = i;
                    break;
                }
            }
            role = Text(words.Skip(open + 1).Take(close - open - 1));
            name = [.. words.Take(open), new Piece(' ', false, true), .. words.Skip(close + 1)];
        }
        var text = Text(name);
        if (text.Length == 0) return null;
        var isChild = name.Any(p => p.Bold && !char.IsWhiteSpace(p.Char));
        return new FamilyTreePerson(text, string.IsNullOrEmpty(role) ? null : role, picture, isChild,
            image is not null && PictureAttributes.Read(image).BlackAndWhite, image is null ? null : PictureAttributes.Focus(image));
    }

    /// <summary>The pieces' characters with every run of white space made one space, trimmed.</summary>
    private static string Text(IEnumerable<Piece> pieces)
    {
        var text = new StringBuilder();
        foreach (var piece in pieces)
        {
            if (piece.Image is not null) continue;
            if (!char.IsWhiteSpace(piece.Char)) text.Append(piece.Char);
            else if (text.Length > 0 && text[^1] != ' ') text.Append(' ');
        }
        return text.ToString().TrimEnd();
    }

    private static void Flatten(Inline inline, bool bold, List<Piece> pieces)
    {
        switch (inline)
        {
            case LiteralInline literal:
                var content = literal.Content.ToString();
                for (var i = 0; i < content.Length; i++) pieces.Add(new Piece(content[i], bold, i == 0 && literal.IsFirstCharacterEscaped));
                break;
            case EmphasisInline emphasis:
                var strong = bold || emphasis.DelimiterChar is '*' or '_' && emphasis.DelimiterCount >= 2;
                foreach (var child in emphasis) Flatten(child, strong, pieces);
                break;
            case LinkInline { IsImage: true } image:
                pieces.Add(new Piece(' ', bold, true, image));
                break;
            case LineBreakInline:
                pieces.Add(new Piece(' ', bold, true));
                break;
            case CodeInline code:
                Plain(code.Content, bold, pieces);
                break;
            case AutolinkInline autolink:
                Plain(autolink.Url, bold, pieces);
                break;
            case HtmlEntityInline entity:
                Plain(entity.Transcoded.ToString(), bold, pieces);
                break;
            case HtmlInline html:
                Plain(html.Tag, bold, pieces);
                break;
            case ContainerInline container:
                foreach (var child in container) Flatten(child, bold, pieces);
                break;
        }
    }

    /// <summary>Text that was written as something other than plain words: never a separator.</summary>
    private static void Plain(string text, bool bold, List<Piece> pieces)
    {
        foreach (var c in text) pieces.Add(new Piece(c, bold, Escaped: true));
    }
}
