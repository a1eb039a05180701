using System.Text;
using LifeStory.Checking;

namespace LifeStory.Translations;

/// <summary>
/// The same units as a spreadsheet (RFC 4180: commas, double quotes, CRLF rows): id, english, translation, status.
/// Written as UTF-8 with a byte-order mark, which spreadsheet programs need to show Arabic or Polish correctly.
/// A CSV file does not say its language, so import is told it.
/// </summary>
public static class TranslationCsv
{
    public static readonly IReadOnlyList<string> Header = ["id", "english", "translation", "status"];

    /// <summary>The status of a field with no translation yet.</summary>
    public const string New = "new";

    /// <summary>The status of a translation made from English that has changed since.</summary>
    public const string OutOfDate = "out of date";

    public static void Write(ExchangeFile file, TranslationSet existing, IReadOnlyList<TranslatableText> texts, Stream output)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(true), leaveOpen: true) { NewLine = "\r\n" };
        writer.WriteLine(string.Join(',', Header));
        var byKey = texts.ToDictionary(t => t.Key, StringComparer.Ordinal);
        foreach (var unit in file.Units)
        {
            var status = unit.Translation is null ? New
                : byKey.TryGetValue(unit.Key, out var text) && existing.StatusOf(text) == TranslationStatus.OutOfDate ? OutOfDate
                : unit.State.ToString().ToLowerInvariant();
            writer.WriteLine(string.Join(',', Field(unit.Key), Field(unit.English), Field(unit.Translation ?? ""), Field(status)));
        }
    }

    private static string Field(string value)
    {
        // A cell starting with = + - @ is a formula to a spreadsheet program: case text like "=HYPERLINK(…)" would run
        // on the translator's computer. A leading ' makes it text there (and the program drops it when saving).
        if (value.Length > 0 && FormulaStart.Contains(value[0])) value = "'" + value;
        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    private const string FormulaStart = "=+-@\t\r";

    /// <summary>A cell as written, without the ' put before a formula-like start (a file saved by lifestory, not a spreadsheet).</summary>
    private static string Unguarded(string cell) => cell.Length > 1 && cell[0] == '\'' && FormulaStart.Contains(cell[1]) ? cell[1..] : cell;

    /// <summary>
    /// Reads the rows back. A status of new or out of date counts as initial: a translation the translator wrote in
    /// such a row is still taken (see <see cref="TranslationImport"/>), one they left alone stays as it was.
    /// </summary>
    public static (ExchangeFile? File, IReadOnlyList<Finding> Findings) Read(string text, string language, string name)
    {
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        var (rows, problem) = Rows(text);
        if (problem is { } bad) return (null, [ExchangeFindings.Error(name, bad.Line, 1, "", bad.Message, "Save the file again as CSV from your spreadsheet program, or correct this line.")]);
        if (rows.Count == 0 || !rows[0].Cells.Select(c => c.Trim().ToLowerInvariant()).SequenceEqual(Header))
            return (null, [ExchangeFindings.Error(name, 1, 1, "", $"The first row must be the column names {string.Join(", ", Header)}.",
                "Keep the first row lifestory wrote, or export the file again.")]);
        var findings = new List<Finding>();
        var units = new List<ExchangeUnit>();
        foreach (var (cells, line) in rows.Skip(1))
        {
            if (cells.Count == 1 && cells[0].Length == 0) continue;
            if (cells.Count != Header.Count)
            {
                findings.Add(ExchangeFindings.Error(name, line, 1, "", $"This row has {cells.Count} columns, not {Header.Count}.",
                    "Put any comma or line break inside a translation between double quotes (spreadsheet programs do this when saving as CSV)."));
                continue;
            }
            var status = cells[3].Trim().ToLowerInvariant();
            TranslationState state;
            if (status is "" or New or OutOfDate) state = TranslationState.Initial;
            else if (!Enum.TryParse(status, ignoreCase: true, out state) || int.TryParse(status, out _))
            {
                findings.Add(ExchangeFindings.Error(name, line, 1, cells[0], $"The status '{cells[3]}' is not one lifestory knows.",
                    "Write translated, reviewed or final (or leave new / out of date as they were)."));
                continue;
            }
            var translation = Unguarded(cells[2]);
            units.Add(new ExchangeUnit(cells[0], Unguarded(cells[1]), translation.Length == 0 ? null : translation, state, line));
        }
        return findings.Count > 0 ? (null, findings) : (new ExchangeFile(language, units), []);
    }

    /// <summary>RFC 4180 rows with the line each starts on; a line break inside quotes belongs to the cell.</summary>
    private static (List<(List<string> Cells, int Line)> Rows, (int Line, string Message)? Problem) Rows(string text)
    {
        var rows = new List<(List<string>, int)>();
        var cells = new List<string>();
        var cell = new StringBuilder();
        var line = 1;
        var rowStart = 1;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '"' && cell.Length == 0)
            {
                var opened = line;
                i++;
                while (true)
                {
                    if (i >= text.Length) return (rows, (opened, "A quoted cell starting here is never closed with a double quote."));
                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"') { cell.Append('"'); i += 2; continue; }
                        i++;
                        break;
                    }
                    if (text[i] == '\n') line++;
                    cell.Append(text[i++]);
                }
                if (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                    return (rows, (line, "A quoted cell has more text after its closing double quote."));
                continue;
            }
            if (c == ',') { cells.Add(cell.ToString()); cell.Clear(); i++; continue; }
            if (c is '\r' or '\n')
            {
                cells.Add(cell.ToString());
                cell.Clear();
                rows.Add((cells, rowStart));
                cells = [];
                i += c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                rowStart = ++line;
                continue;
            }
            if (c == '"') return (rows, (line, "A double quote is in the middle of a cell that does not start with one."));
            cell.Append(c);
            i++;
        }
        if (cell.Length > 0 || cells.Count > 0)
        {
            cells.Add(cell.ToString());
            rows.Add((cells, rowStart));
        }
        return (rows, null);
    }
}
