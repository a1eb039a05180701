using System.Globalization;
using LifeStory.Documents.Decorations;
using LifeStory.Documents.Model;
using LifeStory.Documents.Text;
using SkiaSharp;

namespace LifeStory.Documents.Layout.Blocks;

/// <summary>
/// A 0 to 10 scale: the question, a bar with its numbers, what 0 and 10 mean under each end, and a marker for
/// each score with the names of the people who gave it above the bar (see <see cref="ScaleLabels"/>). When the
/// names cannot be drawn clearly, the same scale is printed as plain lines: never cut, never muddled.
/// </summary>
internal static class ScaleLayout
{
    private const float BarHeight = 14f;

    public static IEnumerable<FlowBox> Layout(ScaleBlock block, LayoutContext context, float width)
    {
        var theme = context.Theme;
        var label = new ParagraphStyle(FontRole.Body, theme.BodySize * 0.85f, theme.Text, 1.2f);
        float X(int score) => 10 + (width - 20) * score / 10f;

        // People who gave the same score share one label and one marker: "Jo and Sam 8".
        var marks = block.Marks.GroupBy(m => m.Score).OrderBy(g => g.Key)
            .Select(g => new ScaleMark(JoinNames(g.Select(m => m.Who).ToList(), context.RightToLeft), g.Key)).ToList();
        var lines = marks.Select(m => context.Break(
            [new Inline($"{m.Who} {m.Score.ToString(CultureInfo.InvariantCulture)}", InlineStyle.Bold)], label, width)).ToList();
        var placements = lines.All(l => l.Count == 1)
            ? ScaleLabels.Place(marks.Select((m, i) => (X(m.Score), lines[i][0].Width, lines[i][0].Height)).ToList(), width, label.Size * 1.5f, BarHeight / 2)
            : null;

        var items = new List<PageItem>();
        var questionHeight = 0f;
        if (block.Question is { } question)
        {
            (var questionItems, questionHeight) = TextBoxes.Stack([new Inline(question)], context.Body, context, width, 0, 0);
            items.AddRange(questionItems);
            questionHeight += 8;
        }
        var highest = placements is null || placements.Count == 0 ? 0 : -placements.Min(p => p.Label.Top);
        var barTop = questionHeight + highest + 4;
        items.Add(new ShapeItem(new SKRect(0, barTop, width, barTop + BarHeight), theme.AccentSoft, BarHeight / 2, theme.Accent, 1));
        for (var n = 0; n <= 10; n++)
        {
            var number = context.Break([new Inline(n.ToString(CultureInfo.InvariantCulture))], label with { Color = theme.Accent }, 40)[0];
            var x = X(n) - number.Width / 2;
            items.Add(new TextItem(new SKRect(x, barTop + BarHeight + 2, x + number.Width, barTop + BarHeight + 2 + number.Height), number with { Offset = 0 }));
        }
        for (var i = 0; i < (placements?.Count ?? 0); i++)
        {
            var (rect, from, to) = placements![i];
            items.Add(new LineItem(new SKRect(from.X, barTop + from.Y, to.X, barTop + to.Y), theme.Accent, 1.2f));
            items.Add(new ShapeItem(new SKRect(to.X - 6, barTop + to.Y - 6, to.X + 6, barTop + to.Y + 6), theme.Accent, 6, SKColors.White, 1.5f));
            items.Add(new TextItem(new SKRect(rect.Left, barTop + rect.Top, rect.Right, barTop + rect.Bottom), lines[i][0] with { Offset = 0 }));
        }

        var endsTop = barTop + BarHeight + label.Size * 2.2f;
        var endWidth = width * 0.45f;
        // Faces, when asked for, stand beside the words at each end: sad by 0, happy by 10.
        var face = block.Faces ? label.Size * 3f : 0;
        var gap = block.Faces ? 6f : 0;
        var (zero, zeroHeight) = TextBoxes.Stack([new Inline(EndWords(0, block.ZeroMeans, context))], label, context, endWidth - face - gap, face + gap, endsTop);
        var (ten, tenHeight) = TextBoxes.Stack([new Inline(EndWords(10, block.TenMeans, context))], label with { Align = TextAlign.End }, context,
            endWidth - face - gap, width - endWidth, endsTop);
        items.AddRange(zero);
        items.AddRange(ten);
        if (block.Faces)
        {
            items.Add(new MotifItem(new SKRect(0, endsTop, face, endsTop + face), Motif.SadFace, MotifArt.DefaultColour(Motif.SadFace)));
            items.Add(new MotifItem(new SKRect(width - face, endsTop, width, endsTop + face), Motif.HappyFace, MotifArt.DefaultColour(Motif.HappyFace)));
        }
        var total = endsTop + Math.Max(Math.Max(zeroHeight, tenHeight), face);
        if (placements is null || total > context.ContentHeight * 0.8f)
        {
            foreach (var box in AsLines(block, context, width)) yield return box;
            yield break;
        }
        yield return new FlowBox(total, items, SpaceBefore: theme.ParagraphSpacing * 1.5f);
    }

    /// <summary>The scale as plain lines: the question, what the ends mean, and each person's score.</summary>
    /// <summary>
    /// "0 means: not safe". On a right-to-left page the English "0 means:" would sit inside Arabic words, read
    /// in the wrong order by the bidirectional algorithm ("means: 0"), so the page prints only what the end
    /// means, right under the 0 or 10 it belongs to.
    /// </summary>
    private static string EndWords(int end, string means, LayoutContext context) =>
        context.RightToLeft ? means : string.Create(CultureInfo.InvariantCulture, $"{end} means: {means}");

    private static IEnumerable<FlowBox> AsLines(ScaleBlock block, LayoutContext context, float width)
    {
        var lines = new List<Inline[]>();
        if (block.Question is { } question) lines.Add([new Inline(question)]);
        lines.Add([new Inline(context.RightToLeft
            ? $"0: {block.ZeroMeans}. 10: {block.TenMeans}."
            : "0 means: " + block.ZeroMeans + ". 10 means: " + block.TenMeans + ".")]);
        lines.AddRange(block.Marks.Select(m => new[] { new Inline(m.Who + ": "), new Inline(m.Score.ToString(CultureInfo.InvariantCulture), InlineStyle.Bold) }));
        return lines.SelectMany(line => TextBoxes.Lines(line, context.Body, context, width, context.Theme.ParagraphSpacing));
    }

    /// <summary>"Jo and Sam"; on a right-to-left page, whose language the engine cannot write, "Jo, Sam".</summary>
    private static string JoinNames(IReadOnlyList<string> names, bool rightToLeft) =>
        names.Count == 1 ? names[0]
        : rightToLeft ? string.Join(", ", names)
        : string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1];
}
