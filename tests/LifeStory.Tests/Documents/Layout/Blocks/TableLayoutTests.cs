using System.Globalization;
using LifeStory.Documents.Layout;
using LifeStory.Documents.Model;
using LifeStory.Documents.Themes;
using static LifeStory.Tests.Documents.Layout.Lay;

namespace LifeStory.Tests.Documents.Layout.Blocks;

public sealed class TableLayoutTests
{
    private const string FirstHeader = "Day";
    private const string SecondHeader = "What we did";

    private static string DayCell(int i) => "Day " + i.ToString("00", CultureInfo.InvariantCulture);

    private static string WhatCell(int i) => "Went to the park number " + i.ToString(CultureInfo.InvariantCulture);

    private static TableBlock Table(int rows) => new(
        [[new Inline(FirstHeader)], [new Inline(SecondHeader)]],
        Enumerable.Range(1, rows)
            .Select(i => (IReadOnlyList<IReadOnlyList<Inline>>)[[new Inline(DayCell(i))], [new Inline(WhatCell(i))]])
            .ToList());

    private static List<TextItem> Texts(LaidOutDocument laid, Page page) => Flow(laid, page).OfType<TextItem>().ToList();

    [Fact]
    public void Given_a_twenty_row_table_running_onto_a_second_page_When_laid_out_Then_the_header_row_is_repeated_and_no_row_is_split()
    {
        var laid = Out([Paragraph(Sentences(20)), Table(20)]);

        LayoutInvariants.AssertHold(laid);
        var pagesWithRows = laid.Pages.Where(p => Texts(laid, p).Any(t => t.Line.Text.StartsWith("Day ", StringComparison.Ordinal))).ToList();
        Assert.True(pagesWithRows.Count >= 2, $"The table should run onto a second page; it used {pagesWithRows.Count}.");
        Assert.Equal(1, pagesWithRows[0].Number);

        foreach (var page in pagesWithRows)
        {
            var texts = Texts(laid, page);
            var first = Assert.Single(texts, t => t.Line.Text == FirstHeader);
            var second = Assert.Single(texts, t => t.Line.Text == SecondHeader);
            Approx.Equal(first.Bounds.Top, second.Bounds.Top, 0.01f);
            var rows = texts.Where(t => t.Line.Text.StartsWith("Day ", StringComparison.Ordinal)).ToList();
            Assert.All(rows, row => Assert.True(row.Bounds.Top >= first.Bounds.Bottom,
                $"Row '{row.Line.Text}' on page {page.Number} is above its header."));
            // The header row's coloured band comes with it.
            Assert.Contains(page.Items.OfType<ShapeItem>(), s => s.Fill == laid.Theme.AccentSoft && s.Bounds.Contains(first.InkBounds) && s.Bounds.Contains(second.InkBounds));
        }

        // On the continuation page the header is the first thing, at the top of the printable area.
        var continued = Texts(laid, pagesWithRows[1]);
        Assert.Contains(continued[0].Line.Text, new[] { FirstHeader, SecondHeader });
        Assert.InRange(continued.Min(t => t.Bounds.Top), laid.Theme.Margin, laid.Theme.Margin + 10);

        // Every row appears once, in order, with both its cells on the same page at the same height.
        var seen = new List<int>();
        foreach (var page in laid.Pages)
        {
            var texts = Texts(laid, page);
            for (var i = 1; i <= 20; i++)
            {
                var day = texts.Where(t => t.Line.Text == DayCell(i)).ToList();
                var what = texts.Where(t => t.Line.Text == WhatCell(i)).ToList();
                Assert.Equal(day.Count, what.Count);
                if (day.Count == 0) continue;
                Approx.Equal(day[0].Bounds.Top, Assert.Single(what).Bounds.Top, 0.01f);
                seen.Add(i);
            }
        }
        Assert.Equal(Enumerable.Range(1, 20), seen);
    }

    [Fact]
    public void Given_a_short_table_When_laid_out_Then_its_header_appears_once_above_its_rows()
    {
        var laid = Out([Table(3)], Theme.Letter);

        LayoutInvariants.AssertHold(laid);
        var page = Assert.Single(laid.Pages);
        var texts = Texts(laid, page);
        var header = Assert.Single(texts, t => t.Line.Text == SecondHeader);
        Assert.Equal([DayCell(1), DayCell(2), DayCell(3)],
            texts.Where(t => t.Line.Text.StartsWith("Day ", StringComparison.Ordinal)).OrderBy(t => t.Bounds.Top).Select(t => t.Line.Text));
        Assert.All(texts.Where(t => t.Line.Text.StartsWith("Day ", StringComparison.Ordinal)), t => Assert.True(t.Bounds.Top > header.Bounds.Bottom));
    }
}
