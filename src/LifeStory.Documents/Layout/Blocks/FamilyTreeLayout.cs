using System.Globalization;
using LifeStory.Documents.Model;
using LifeStory.Documents.Text;
using SkiaSharp;

namespace LifeStory.Documents.Layout.Blocks;

/// <summary>
/// A family tree: rows top to bottom, each with its label in a small pill and its people as cards spread evenly
/// across the column and centred. A card holds a round photo (filled and cropped; a soft circle with the
/// person's initial when there is none), the name and, smaller, the role, each wrapped inside the card. The
/// child's card is tinted and outlined in the accent colour, with a larger photo and name, so they find
/// themselves first. A row with more people than fit (cards are never narrower than <see cref="MinCard"/>)
/// wraps onto balanced lines of cards.
/// <para>
/// Lines join the rows: from the pill down to a bar over the row's first line of cards, with a short line to
/// each card; under the row's last line, a short line from each card to a bar, and from the bar's middle a line
/// down to the next row's pill. The whole tree is one unbreakable box when it fits on a page. A taller tree is
/// one box per row, each kept with the next, so a page breaks only between rows, never through a card (a row
/// taller than a page on its own breaks between its lines of cards). The pieces are stacked without gaps, so
/// lines meet wherever the rows share a page.
/// </para>
/// </summary>
internal static class FamilyTreeLayout
{
    /// <summary>The narrowest a card is drawn when the column allows it; more people wrap onto another line.</summary>
    internal const float MinCard = 80f;

    /// <summary>The corner radius of every card: with their outline, what tells cards apart from pills and circles.</summary>
    internal const float CardCorner = 12f;

    private const float MaxCard = 132f;
    private const float Gap = 12f;
    private const float LineGap = 14f;
    private const float Padding = 8f;
    private const float PhotoSize = 56f;
    private const float ChildPhotoSize = 68f;
    private const float SmallestPhoto = 16f;
    private const float PhotoGap = 6f;
    private const float RoleGap = 2f;
    private const float Drop = 10f;
    private const float Link = 16f;
    private const float PillPaddingX = 10f;
    private const float PillPaddingY = 3f;
    private const float PillCorner = 11f;
    private const float LineWidth = 2f;

    /// <summary>
    /// The tallest tree (as a share of the page's content height) drawn as one box. Taller ones are split into
    /// rows, which leaves room for a panel's padding around a tree that nearly fills a page.
    /// </summary>
    private const float OneBoxShare = 0.85f;

    /// <summary>Part of the tree that is never split: a row's first line of cards (with the row's pill) or a later one.</summary>
    private sealed record Segment(int Row, float Gap, List<PageItem> Items, float Height);

    private sealed record Card(FamilyTreePerson Person, float PhotoSize, List<TextLine> Name, List<TextLine> Role)
    {
        public float TextHeight => Name.Sum(l => l.Height) + (Role.Count > 0 ? RoleGap + Role.Sum(l => l.Height) : 0);
    }

    public static IEnumerable<FlowBox> Layout(FamilyTreeBlock block, LayoutContext context, float width)
    {
        var rows = block.Rows.Where(r => r.People.Count > 0).ToList();
        if (rows.Count == 0 || width <= 1) yield break;
        var segments = new List<Segment>();
        for (var r = 0; r < rows.Count; r++) segments.AddRange(Row(rows[r], r, r == rows.Count - 1, context, width));
        var spaceBefore = context.Theme.ParagraphSpacing * 1.5f;

        var (all, total) = Stack(segments);
        if (total <= context.ContentHeight * OneBoxShare)
        {
            yield return new FlowBox(total, all, SpaceBefore: spaceBefore);
            yield break;
        }
        // Row by row, each kept with the next: the tree still moves whole to a new page when it fits on one.
        var boxes = new List<FlowBox>();
        foreach (var row in segments.GroupBy(s => s.Row))
        {
            var parts = row.ToList();
            var (items, height) = Stack(parts);
            if (height <= context.ContentHeight * OneBoxShare)
                boxes.Add(new FlowBox(height, items, KeepWithNext: true));
            else
                boxes.AddRange(parts.Select(part => new FlowBox(part.Height, part.Items, SpaceBefore: part.Gap, KeepWithNext: true)));
        }
        boxes[0] = boxes[0] with { SpaceBefore = spaceBefore };
        boxes[^1] = boxes[^1] with { KeepWithNext = false };
        foreach (var box in boxes) yield return box;
    }

    /// <summary>Segments one under another, each after its gap (except the first).</summary>
    private static (List<PageItem> Items, float Height) Stack(IReadOnlyList<Segment> segments)
    {
        var items = new List<PageItem>();
        var y = 0f;
        for (var i = 0; i < segments.Count; i++)
        {
            if (i > 0) y += segments[i].Gap;
            items.AddRange(segments[i].Items.Select(item => item.Offset(0, y)));
            y += segments[i].Height;
        }
        return (items, y);
    }

    private static IEnumerable<Segment> Row(FamilyTreeRow row, int index, bool lastRow, LayoutContext context, float width)
    {
        var count = row.People.Count;
        var fit = Math.Max(1, (int)((width + Gap) / (MinCard + Gap)));
        var lineCount = (count + fit - 1) / fit;
        var perLine = (count + lineCount - 1) / lineCount;
        var cardWidth = Math.Min(MaxCard, (width - Gap * (perLine - 1)) / perLine);
        var cards = row.People.Select(p => Measure(p, context, cardWidth)).ToList();
        var centre = width / 2;
        var ink = context.Theme.Accent;

        for (var line = 0; line < lineCount; line++)
        {
            var inLine = cards.Skip(line * perLine).Take(perLine).ToList();
            var items = new List<PageItem>();
            var top = 0f;
            var left = (width - (inLine.Count * cardWidth + (inLine.Count - 1) * Gap)) / 2;
            var centres = Enumerable.Range(0, inLine.Count).Select(i => left + i * (cardWidth + Gap) + cardWidth / 2).ToList();

            if (line == 0)
            {
                var hasLabel = !string.IsNullOrWhiteSpace(row.Label);
                if (hasLabel) top = Pill(row.Label, context, width, items);
                if (hasLabel || index > 0)
                {
                    // Down from the pill (or from the row above) to a bar over the cards, and a short line to each.
                    var bar = top + Drop;
                    items.Add(Line(centre, top, centre, bar, ink));
                    if (inLine.Count > 1) items.Add(Line(centres[0], bar, centres[^1], bar, ink));
                    top = bar + Drop;
                    items.AddRange(centres.Select(x => Line(x, bar, x, top, ink)));
                }
            }

            var photoArea = inLine.Max(c => c.PhotoSize);
            var textTop = Padding + (photoArea > 0 ? photoArea + PhotoGap : 0);
            var cardHeight = textTop + inLine.Max(c => c.TextHeight) + Padding;
            for (var i = 0; i < inLine.Count; i++)
                items.AddRange(Draw(inLine[i], context, new SKRect(centres[i] - cardWidth / 2, top, centres[i] + cardWidth / 2, top + cardHeight), photoArea, textTop));
            var bottom = top + cardHeight;

            if (line == lineCount - 1 && !lastRow)
            {
                // From each card down to a bar, and from the bar's middle on down to the next row.
                var bar = bottom + Drop;
                items.AddRange(centres.Select(x => Line(x, bottom, x, bar, ink)));
                if (inLine.Count > 1) items.Add(Line(centres[0], bar, centres[^1], bar, ink));
                items.Add(Line(centre, bar, centre, bar + Link, ink));
                bottom = bar + Link;
            }
            yield return new Segment(index, line == 0 ? 0 : LineGap, items, bottom);
        }
    }

    /// <summary>The row's label, small, in a pill centred over the row; returns the pill's bottom.</summary>
    private static float Pill(string label, LayoutContext context, float width, List<PageItem> items)
    {
        var theme = context.Theme;
        var style = new ParagraphStyle(FontRole.Heading, theme.BodySize * 0.8f, theme.Accent, 1.2f, TextAlign.Center);
        var textWidth = Math.Max(1, width - 2 * PillPaddingX);
        var (text, height) = TextBoxes.Stack([new Inline(label)], style, context, textWidth, PillPaddingX, PillPaddingY);
        var lines = text.OfType<TextItem>().ToList();
        if (lines.Count == 0) return 0;
        var left = lines.Min(t => t.InkBounds.Left) - PillPaddingX;
        var right = lines.Max(t => t.InkBounds.Right) + PillPaddingX;
        var pill = new SKRect(Math.Max(0, left), 0, Math.Min(width, right), height + 2 * PillPaddingY);
        // Round ends for a one-line label; a label long enough to wrap gets corners that keep clear of its words.
        items.Add(new ShapeItem(pill, theme.AccentSoft, Math.Min(pill.Height / 2, PillCorner)));
        items.AddRange(text);
        return pill.Bottom;
    }

    private static Card Measure(FamilyTreePerson person, LayoutContext context, float cardWidth)
    {
        var textWidth = Math.Max(1, cardWidth - 2 * Padding);
        var photo = Math.Min(person.IsChild ? ChildPhotoSize : PhotoSize, textWidth);
        if (photo < SmallestPhoto) photo = 0;
        var name = context.Break([new Inline(person.Name)], NameStyle(person, context), textWidth).ToList();
        var role = string.IsNullOrWhiteSpace(person.Role) ? []
            : context.Break([new Inline(person.Role)], RoleStyle(context), textWidth).ToList();
        return new Card(person, photo, name, role);
    }

    private static ParagraphStyle NameStyle(FamilyTreePerson person, LayoutContext context) => person.IsChild
        ? new(FontRole.Heading, context.Theme.BodySize * 1.05f, context.Theme.Accent, 1.2f, TextAlign.Center)
        : new(FontRole.Heading, context.Theme.BodySize * 0.9f, context.Theme.Text, 1.2f, TextAlign.Center);

    private static ParagraphStyle RoleStyle(LayoutContext context) =>
        new(FontRole.Body, context.Theme.BodySize * 0.75f, context.Theme.Text, 1.25f, TextAlign.Center);

    private static IEnumerable<PageItem> Draw(Card card, LayoutContext context, SKRect box, float photoArea, float textTop)
    {
        var theme = context.Theme;
        var child = card.Person.IsChild;
        yield return child
            ? new ShapeItem(box, theme.AccentSoft, CardCorner, theme.Accent, 2.5f)
            : new ShapeItem(box, theme.Paper, CardCorner, Mix(theme.Accent, theme.Paper, 0.45f), 1.5f);
        if (card.PhotoSize > 0)
        {
            var s = card.PhotoSize;
            var photoTop = box.Top + Padding + (photoArea - s) / 2;
            var circle = new SKRect(box.MidX - s / 2, photoTop, box.MidX + s / 2, photoTop + s);
            foreach (var item in Picture(card.Person, context, circle)) yield return item;
        }
        var x = box.Left + Padding;
        var y = box.Top + textTop;
        var width = box.Width - 2 * Padding;
        foreach (var line in card.Name)
        {
            yield return new TextItem(new SKRect(x, y, x + width, y + line.Height), line);
            y += line.Height;
        }
        if (card.Role.Count > 0) y += RoleGap;
        foreach (var line in card.Role)
        {
            yield return new TextItem(new SKRect(x, y, x + width, y + line.Height), line);
            y += line.Height;
        }
    }

    /// <summary>
    /// The person's picture in a circle, or a soft circle with their initial. A picture that cannot be used is
    /// reported, like any other, and drawn as the soft circle outlined in the accent colour: the placeholder.
    /// </summary>
    private static IEnumerable<PageItem> Picture(FamilyTreePerson person, LayoutContext context, SKRect circle)
    {
        var theme = context.Theme;
        var radius = circle.Width / 2;
        SKColor? outline = null;
        if (person.Picture is { } source)
        {
            var info = context.Pictures.Describe(source, out var problem);
            if (info is not null)
            {
                yield return new PictureItem(circle, source, FaceCrop.For(info.Aspect, person.Focus), radius, person.BlackAndWhite);
                yield break;
            }
            context.Problems.Add(problem ?? $"The picture '{source}' could not be used.");
            outline = theme.Accent;
        }
        yield return new ShapeItem(circle, person.IsChild ? theme.Paper : theme.AccentSoft, radius, outline, outline is null ? 0 : 1);
        var initial = Initial(person.Name);
        if (initial.Length == 0) yield break;
        var style = new ParagraphStyle(FontRole.Heading, circle.Width * 0.42f, theme.Accent, 1f, TextAlign.Center);
        var (_, height) = TextBoxes.Stack([new Inline(initial)], style, context, circle.Width, 0, 0);
        if (height > circle.Height) yield break;
        foreach (var item in TextBoxes.Stack([new Inline(initial)], style, context, circle.Width, circle.Left, circle.MidY - height / 2).Items)
            yield return item;
    }

    /// <summary>The name's first letter as one reads it (a whole character, accents and all), in capitals.</summary>
    private static string Initial(string name)
    {
        var trimmed = name.TrimStart();
        return trimmed.Length == 0 ? "" : StringInfo.GetNextTextElement(trimmed, 0).ToUpperInvariant();
    }

    private static LineItem Line(float x1, float y1, float x2, float y2, SKColor color) => new(new SKRect(x1, y1, x2, y2), color, LineWidth);

    /// <summary>A colour part of the way from one to another: a lighter accent without transparency.</summary>
    private static SKColor Mix(SKColor from, SKColor to, float share) => new(
        (byte)Math.Round(from.Red + (to.Red - from.Red) * share),
        (byte)Math.Round(from.Green + (to.Green - from.Green) * share),
        (byte)Math.Round(from.Blue + (to.Blue - from.Blue) * share));
}
