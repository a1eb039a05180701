using System.Globalization;
using LifeStory.Documents.Model;
using LifeStory.Documents.Text;
using SkiaSharp;

namespace LifeStory.Documents.Layout.Blocks;

/// <summary>
/// The contents: each chapter's title, a dotted line and its page number, the whole line a link to the
/// chapter. Numbers come from the first layout pass; one line per chapter, so the numbers never change
/// how the pages break.
/// </summary>
internal static class ContentsLayout
{
    public static IEnumerable<FlowBox> Layout(ContentsBlock block, LayoutContext context, float width)
    {
        var theme = context.Theme;
        foreach (var box in TextBoxes.Lines([new Inline(block.Title)], context.Heading(1), context, width, 0, keepAll: true))
            yield return box with { BreakBefore = theme.NewPageForLevel1Headings };
        var style = context.Body with { Size = theme.BodySize * 1.05f };
        var numberColumn = context.Break([new Inline("0000", InlineStyle.Bold)], style, width)[0].Width;
        for (var i = 0; i < context.Sections.Count; i++)
        {
            var (heading, anchor) = context.Sections[i];
            var page = context.SectionPages is { } pages && pages.TryGetValue(anchor, out var n) ? n.ToString(CultureInfo.InvariantCulture) : "0";
            var number = context.Break([new Inline(page, InlineStyle.Bold)], style with { Color = theme.Accent }, width)[0];
            // The title's width never depends on the number, so both passes break titles, and pages, alike.
            var titleWidth = width - numberColumn - 40;
            var (title, titleHeight) = TextBoxes.Stack(heading.Inlines, style, context, titleWidth, 0, 0);
            if (title.Count == 0) continue;
            var last = (TextItem)title[^1];
            var baseline = last.Bounds.Top + last.Line.Baseline;
            var numberTop = baseline - number.Baseline;
            var height = Math.Max(titleHeight, numberTop + number.Height) + 6;
            var leader = new LineItem(new SKRect(last.Line.Width + 8, baseline, width - number.Width - 8, baseline), theme.AccentSoft, 1.5f, Dashed: true);
            yield return new FlowBox(height,
            [
                .. title,
                leader,
                new TextItem(new SKRect(width - number.Width, numberTop, width, numberTop + number.Height), number with { Offset = 0 }),
                new LinkItem(new SKRect(0, 0, width, height), anchor),
            ], SpaceBefore: i == 0 ? theme.ParagraphSpacing * 2 : 0);
        }
    }
}
