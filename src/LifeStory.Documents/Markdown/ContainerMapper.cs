using System.Globalization;
using System.Text.RegularExpressions;
using LifeStory.Documents.Decorations;
using LifeStory.Documents.Model;
using Markdig.Extensions.CustomContainers;

namespace LifeStory.Documents.Markdown;

/// <summary>
/// The book's own blocks, written as custom containers (<c>::: name arguments</c>). Each reads its content
/// forgivingly: what it cannot understand it leaves out rather than failing the whole book.
/// </summary>
internal static partial class ContainerMapper
{
    public static IEnumerable<Block> Map(CustomContainer custom, int depth)
    {
        var kind = (custom.Info ?? "").Trim().ToLowerInvariant();
        var arguments = custom.Arguments?.Trim();
        var inner = depth < BlockMapper.MaxDepth ? BlockMapper.Map(custom, depth + 1) : [];
        return kind switch
        {
            "pagebreak" => [new PageBreakBlock()],
            "cover" => [Cover(inner)],
            "panel" => [new PanelBlock(NullIfEmpty(arguments), inner)],
            "panel.warm" => [new PanelBlock(NullIfEmpty(arguments), inner, PanelTone.Warm)],
            "panel.cool" => [new PanelBlock(NullIfEmpty(arguments), inner, PanelTone.Cool)],
            "speech" => [new QuoteBlock(inner)],
            "photos" => Grid(inner),
            "beside" => Beside(inner),
            "point" => Point(inner, arguments),
            "scale" => Scale(inner, faces: string.Equals(arguments, "faces", StringComparison.OrdinalIgnoreCase)),
            "timeline" => Timeline(inner),
            "family-tree" => FamilyTree(custom, inner),
            "contents" => [new ContentsBlock(NullIfEmpty(arguments) ?? "Contents")],
            _ => inner,
        };
    }

    private static CoverBlock Cover(List<Block> inner)
    {
        var title = inner.OfType<HeadingBlock>().Select(h => Plain(h.Inlines)).FirstOrDefault() ?? "";
        var picture = inner.OfType<PictureBlock>().FirstOrDefault();
        var subtitle = inner.OfType<ParagraphBlock>().Select(p => Plain(p.Inlines)).FirstOrDefault() ?? picture?.Caption;
        return new CoverBlock(title, subtitle, picture?.Source);
    }

    private static IEnumerable<Block> Grid(List<Block> inner)
    {
        var pictures = inner.OfType<PictureBlock>().ToList();
        var rest = inner.Where(b => b is not PictureBlock);
        return pictures.Count == 0 ? rest : rest.Prepend(new PictureGridBlock(pictures));
    }

    private static IEnumerable<Block> Beside(List<Block> inner)
    {
        var picture = inner.OfType<PictureBlock>().FirstOrDefault();
        return picture is null ? inner : [new BesideBlock(picture, inner.Where(b => !ReferenceEquals(b, picture)).ToList())];
    }

    /// <summary>
    /// One easy-read point (<c>::: point home</c>): the photo it holds, or else the motif its argument names, in a
    /// narrow column on the left with the words on the right, as the DH easy-read guidance lays a page out. The
    /// photo's caption is dropped: the words beside it already say who it is.
    /// </summary>
    private static IEnumerable<Block> Point(List<Block> inner, string? argument)
    {
        var picture = inner.OfType<PictureBlock>().FirstOrDefault();
        var motif = MotifNames.Named(argument);
        if (picture is null && motif is null) return inner;
        return [new BesideBlock(picture is null ? null : picture with { Caption = null }, inner.Where(b => !ReferenceEquals(b, picture)).ToList())
        {
            Motif = motif, PictureShare = PointShare, Point = true,
        }];
    }

    /// <summary>A point's picture column: about 3.5 cm on A4, big enough to recognise a face or a drawing at arm's length.</summary>
    private const float PointShare = 0.2f;

    /// <summary>"0: not safe at all" and "10: completely safe" lines, then a list of "Name: score".</summary>
    private static IEnumerable<Block> Scale(List<Block> inner, bool faces)
    {
        var text = string.Join(" ", inner.OfType<ParagraphBlock>().Select(p => Plain(p.Inlines)));
        var ends = ScaleEnds().Match(text);
        var marks = Items(inner).Select(item => SplitLabel(item)).Where(x => x.Label is not null)
            .Select(x => int.TryParse(x.Text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var score) && score is >= 0 and <= 10
                ? new ScaleMark(x.Label!, score) : null)
            .OfType<ScaleMark>().ToList();
        var question = ends.Success ? text[..ends.Index].Trim() : text.Trim();
        return [new ScaleBlock(ends.Success ? ends.Groups[1].Value.Trim() : "", ends.Success ? ends.Groups[2].Value.Trim() : "", marks,
            question.Length == 0 ? null : question, faces)];
    }

    private static IEnumerable<Block> Timeline(List<Block> inner) =>
        [new TimelineBlock(Items(inner).Select(item => SplitLabel(item)).Where(x => x.Label is not null)
            .Select(x => new TimelineEntry(x.Label!, x.Text)).ToList())];

    /// <summary>The tree its lists describe (see <see cref="FamilyTreeReader"/>), then anything else the container holds.</summary>
    private static IEnumerable<Block> FamilyTree(CustomContainer custom, List<Block> inner)
    {
        var rest = inner.Where(b => b is not ListBlock);
        return FamilyTreeReader.Read(custom) is { } tree ? rest.Prepend(tree) : rest;
    }

    private static IEnumerable<string> Items(List<Block> inner) =>
        inner.OfType<ListBlock>().SelectMany(l => l.Items)
            .Select(item => string.Join(" ", item.OfType<ParagraphBlock>().Select(p => Plain(p.Inlines))));

    private static (string? Label, string Text) SplitLabel(string item)
    {
        var colon = item.IndexOf(':', StringComparison.Ordinal);
        return colon <= 0 ? (null, item) : (item[..colon].Trim(), item[(colon + 1)..].Trim());
    }

    internal static string Plain(IReadOnlyList<Inline> inlines) => string.Concat(inlines.Select(i => i.Text));

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    [GeneratedRegex(@"\b0\s*:\s*(.*?)\s*\b10\s*:\s*(.*)$", RegexOptions.Singleline)]
    private static partial Regex ScaleEnds();
}
