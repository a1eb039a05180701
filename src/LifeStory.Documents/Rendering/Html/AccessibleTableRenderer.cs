using System.Globalization;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace LifeStory.Documents.Rendering.Html;

/// <summary>
/// Pipe tables with a real header: leading header rows go in <c>thead</c> with <c>th scope="col"</c>, the rest
/// in <c>tbody</c>. Column alignment is a class, never an inline style.
/// </summary>
internal sealed class AccessibleTableRenderer : HtmlObjectRenderer<Table>
{
    protected override void Write(HtmlRenderer renderer, Table table)
    {
        var rows = table.OfType<TableRow>().ToList();
        var headerRows = rows.TakeWhile(row => row.IsHeader).ToList();
        renderer.EnsureLine().Write("<table").WriteAttributes(table).WriteLine(">");
        if (headerRows.Count > 0)
        {
            renderer.WriteLine("<thead>");
            foreach (var row in headerRows) WriteRow(renderer, table, row, header: true);
            renderer.WriteLine("</thead>");
        }
        renderer.WriteLine("<tbody>");
        foreach (var row in rows.Skip(headerRows.Count)) WriteRow(renderer, table, row, header: false);
        renderer.WriteLine("</tbody>");
        renderer.WriteLine("</table>");
    }

    private static void WriteRow(HtmlRenderer renderer, Table table, TableRow row, bool header)
    {
        renderer.WriteLine("<tr>");
        var implicitParagraph = renderer.ImplicitParagraph;
        renderer.ImplicitParagraph = true;
        var position = 0;
        foreach (var cell in row.OfType<TableCell>())
        {
            renderer.Write(header ? "<th scope=\"col\"" : "<td");
            var column = cell.ColumnIndex >= 0 && cell.ColumnIndex < table.ColumnDefinitions.Count ? cell.ColumnIndex : position;
            position += Math.Max(1, cell.ColumnSpan);
            var alignment = column < table.ColumnDefinitions.Count ? table.ColumnDefinitions[column].Alignment : null;
            if (alignment is TableColumnAlign.Center) renderer.Write(" class=\"align-center\"");
            else if (alignment is TableColumnAlign.Right) renderer.Write(" class=\"align-right\"");
            if (cell.ColumnSpan > 1) renderer.Write(" colspan=\"").Write(cell.ColumnSpan.ToString(CultureInfo.InvariantCulture)).Write('"');
            if (cell.RowSpan > 1) renderer.Write(" rowspan=\"").Write(cell.RowSpan.ToString(CultureInfo.InvariantCulture)).Write('"');
            // A cell in another script than the page's carries its lang and dir (HtmlWriter marks it).
            renderer.WriteAttributes(cell);
            renderer.Write('>');
            renderer.Write(cell);
            renderer.WriteLine(header ? "</th>" : "</td>");
        }
        renderer.ImplicitParagraph = implicitParagraph;
        renderer.WriteLine("</tr>");
    }
}
