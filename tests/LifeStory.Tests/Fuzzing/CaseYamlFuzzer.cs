using System.Globalization;
using System.Text;

namespace LifeStory.Tests.Fuzzing;

/// <summary>
/// Generates hostile case.yaml files from a seed, by mutating a real case (Maisie's): hostile text put into
/// values (quotes, blank lines, control characters, NUL, emoji, right-to-left text, Markdown, template braces,
/// very long words), structure broken (unclosed brackets and quotes, tabs, wrong indentation, a second document,
/// deep nesting, anchors and aliases that multiply), and bytes damaged (Windows-1252, invalid UTF-8, cut short).
/// The same seed always gives the same bytes, so a failure is reproduced from its seed alone.
/// </summary>
internal sealed class CaseYamlFuzzer(string baseCase, int seed)
{
    private readonly Random _random = new(seed);

    public byte[] Generate()
    {
        var lines = baseCase.Split('\n').ToList();
        var mutations = _random.Next(1, 6);
        for (var i = 0; i < mutations; i++) Mutate(lines);
        var bytes = Encoding.UTF8.GetBytes(string.Join('\n', lines));
        return _random.Next(10) switch
        {
            0 => Damage(bytes),
            1 => bytes[..Math.Max(0, bytes.Length - _random.Next(1, Math.Max(2, bytes.Length)))],
            _ => bytes,
        };
    }

    private void Mutate(List<string> lines)
    {
        var at = _random.Next(lines.Count);
        var line = lines[at];
        switch (_random.Next(12))
        {
            case < 5:
                // Hostile words into a value: double-quoted, single-quoted, a block or plain.
                var colon = line.IndexOf(": ", StringComparison.Ordinal);
                if (colon < 0) break;
                var words = Hostile();
                lines[at] = line[..(colon + 2)] + _random.Next(4) switch
                {
                    0 => "\"" + words.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal) + "\"",
                    1 => "'" + words.Replace("'", "''", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal) + "'",
                    2 => "|\n" + new string(' ', Indent(line) + 2) + words.Replace("\n", "\n" + new string(' ', Indent(line) + 2), StringComparison.Ordinal),
                    _ => words.Replace("\n", " ", StringComparison.Ordinal),
                };
                break;
            case 5:
                lines.Insert(at, Pick(["hidden_from: [parents", "  - [", "{", "'unclosed", "\tkey: tab", "---", "...", "  ? complex", "&a", "*nope",
                    "key: value: again", "- - -", "%YAML 1.1", "!!binary AAAA", "<<: *x", "   - id: " + LongWord()]));
                break;
            case 6:
                lines[at] = line + Pick(["   # comment", " ]", " }", ":", " &anchor", " *alias", " !tag", "\u00A0", "\u2028", "\r"]);
                break;
            case 7:
                lines.Insert(at, "deep: " + new string('[', Pick([10, 63, 64, 65, 500, 20_000])) + new string(']', _random.Next(2) == 0 ? 0 : 20_000));
                break;
            case 8:
                lines.InsertRange(0, Laughs(Pick([2, 4, 6, 9])));
                break;
            case 9:
                if (lines.Count > 1) lines.RemoveAt(at);
                break;
            case 10:
                lines.Insert(at, line); // a key written twice, or a list item repeated
                break;
            default:
                lines[at] = new string(' ', _random.Next(0, 9)) + line.TrimStart();
                break;
        }
    }

    private static int Indent(string line) => line.Length - line.TrimStart(' ').Length;

    private List<string> Laughs(int levels)
    {
        var laughs = new List<string> { "x0: &x0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]" };
        for (var i = 1; i < levels; i++) laughs.Add($"x{i}: &x{i} [{string.Join(", ", Enumerable.Repeat($"*x{i - 1}", 9))}]");
        return laughs;
    }

    private string Hostile() => _random.Next(16) switch
    {
        0 => "Me and \"Nan\" at the \"park\"",
        1 => "Line one\n\nLine three after a blank line",
        2 => "bell\u0007 escape\u001B[31m null\0 delete\u007F",
        3 => "😀 👩‍👧‍👦 ❤️ 🇬🇧 🦖",
        4 => "يوسف حبيبي and ሰላም",
        5 => "*stars* _under_ [link](javascript:alert(1)) <b>bold</b> ![pic](../../etc/passwd) ::: panel",
        6 => "{{ child.name }} {% raw %} }} {{",
        7 => LongWord(),
        8 => "   ",
        9 => "",
        10 => "\u202Ereversed\u202C \u200B\uFEFF \u2028 \u2029",
        11 => string.Concat(Enumerable.Repeat("word ", Pick([10, 1000, 20_000]))),
        12 => "2019-13-45",
        13 => "99999999999999999999999",
        14 => "photos/../../../etc/passwd",
        _ => "x\uD800y",
    };

    private string LongWord() => new(Pick(['a', 'W', 'ب', '-']), Pick([80, 1_000, 50_000]));

    private byte[] Damage(byte[] bytes)
    {
        var copy = (byte[])bytes.Clone();
        for (var i = 0; i < _random.Next(1, 4) && copy.Length > 0; i++)
            copy[_random.Next(copy.Length)] = Pick<byte>([0xE9, 0xFF, 0xC0, 0x80, 0x00, 0x92, 0xA3]);
        return copy;
    }

    private T Pick<T>(IReadOnlyList<T> from) => from[_random.Next(from.Count)];

    public override string ToString() => seed.ToString(CultureInfo.InvariantCulture);
}
