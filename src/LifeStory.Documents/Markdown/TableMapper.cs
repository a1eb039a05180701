using LifeStory.Documents.Model;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Block = LifeStory.Documents.Model.Block;
using Inline = LifeStory.Documents.Model.Inline;
using ParagraphBlock = Markdig.Syntax.ParagraphBlock;

namespace LifeStory.Documents.Markdown;

/// <summary>Pipe tables to table blocks: the first header row becomes the repeated header; ragged rows are padded.</summary>
internal static class TableMapper
{
    public static IEnumerable<Block> Map(Table table)
    {
        var rows = table.OfType<TableRow>().ToList();
        if (rows.Count == 0) return [];
        var header = rows.FirstOrDefault(r => r.IsHeader) ?? rows[0];
        var columns = rows.Max(r => r.Count);
        var body = rows.Where(r => !ReferenceEquals(r, header)).Select(r => Cells(r, columns)).ToList();
        return [new TableBlock(Cells(header, columns), body)];
    }

    private static IReadOnlyList<IReadOnlyList<Inline>> Cells(TableRow row, int columns)
    {
        var cells = row.OfType<TableCell>()
            .Select(cell => (IReadOnlyList<Inline>)cell.OfType<ParagraphBlock>().SelectMany(p => InlineMapper.Map(p.Inline)).ToList())
            .ToList();
        while (cells.Count < columns) cells.Add([]);
        return cells;
    }
}
