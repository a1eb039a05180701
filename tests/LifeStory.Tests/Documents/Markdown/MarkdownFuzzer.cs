using System.Globalization;
using System.Text;
using LifeStory.Fuzz;

namespace LifeStory.Tests.Documents.Markdown;

/// <summary>
/// Generates hostile Markdown from a seed: random nesting of lists, quotes and the book's containers (known,
/// unknown and unclosed), emphasis runs, unbalanced brackets, pictures with missing files and escaping paths,
/// ragged pipe tables, very long words and lines, right-to-left and Ethiopic text, emoji, lone surrogates,
/// control characters and NUL, mixed line endings, over-long headings, HTML and template braces. The same
/// seed always gives the same text, so a failing case can be reproduced from its seed alone.
/// </summary>
internal sealed class MarkdownFuzzer(int seed)
{
    /// <summary>The one real picture in the test's picture folder.</summary>
    public const string RealPicture = FuzzTargets.Picture;

    private const int MaxDepth = 7;

    private readonly Random _random = new(seed);

    public static string Generate(int seed) => new MarkdownFuzzer(seed).Generate();

    public string Generate()
    {
        // A few cases are degenerate on purpose: nothing at all, or only one hostile piece.
        switch (_random.Next(40))
        {
            case 0: return "";
            case 1: return Pick(["\n", "\r\n\r\n", " \t ", "\0", "\uFEFF", ":::", "#", "|", "- ", "> ", "![]()", "\uD800"]);
            case 2: return Deep();
        }
        var lines = new List<string>();
        var blocks = _random.Next(1, 12);
        for (var i = 0; i < blocks; i++)
        {
            lines.AddRange(Block(0));
            if (_random.Next(3) > 0) lines.Add("");
        }
        return Join(lines);
    }

    /// <summary>Lines joined with a mix of LF, CRLF and lone CR, sometimes with a missing final newline.</summary>
    private string Join(List<string> lines)
    {
        var mode = _random.Next(4);
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            text.Append(line);
            text.Append(mode switch
            {
                0 => "\n",
                1 => "\r\n",
                2 => Pick(["\n", "\r\n", "\r"]),
                _ => _random.Next(10) == 0 ? "\r" : "\n",
            });
        }
        if (_random.Next(3) == 0 && text.Length > 0) text.Length--;
        return text.ToString();
    }

    private List<string> Block(int depth)
    {
        var choice = depth >= MaxDepth ? _random.Next(10) : _random.Next(22);
        return choice switch
        {
            0 or 1 or 2 => [Paragraph()],
            3 => [Heading()],
            4 => Pictures(),
            5 => Table(),
            6 => [Pick(["---", "***", "___", "- - -", "* * *"])],
            7 => [LongLine()],
            8 => Code(),
            9 => [Html()],
            10 or 11 or 12 => List(depth),
            13 or 14 => Quote(depth),
            15 or 16 or 17 or 18 => Container(depth),
            19 => Scale(),
            20 => Timeline(),
            _ => [Pick(["::: pagebreak", ":::", "::: contents", "::: contents My pages"]), .. _random.Next(2) == 0 ? new[] { ":::" } : []],
        };
    }

    private List<string> Children(int depth)
    {
        var lines = new List<string>();
        var count = _random.Next(0, 4);
        for (var i = 0; i < count; i++)
        {
            lines.AddRange(Block(depth + 1));
            if (_random.Next(2) == 0) lines.Add("");
        }
        return lines;
    }

    private List<string> List(int depth)
    {
        var ordered = _random.Next(2) == 0;
        var lines = new List<string>();
        var items = _random.Next(1, 5);
        var start = Pick([1, 0, 3, 10, 999_999_999]);
        for (var i = 0; i < items; i++)
        {
            var marker = ordered
                ? (start + i).ToString(CultureInfo.InvariantCulture) + Pick([".", ")"]) + " "
                : Pick(["- ", "* ", "+ ", "-\t"]);
            var body = _random.Next(3) == 0 ? Children(depth) : [Paragraph()];
            if (body.Count == 0) body = [""];
            var indent = new string(' ', _random.Next(6) == 0 ? _random.Next(0, 5) : marker.Length);
            lines.Add(marker + body[0]);
            lines.AddRange(body.Skip(1).Select(line => line.Length == 0 ? "" : indent + line));
        }
        return lines;
    }

    private List<string> Quote(int depth)
    {
        var body = Children(depth);
        if (body.Count == 0) body = [Paragraph()];
        var prefix = Pick(["> ", ">", "> > ", ">\t"]);
        // Lazy continuation: sometimes a later line forgets its marker.
        return body.Select((line, i) => i > 0 && _random.Next(8) == 0 ? line : prefix + line).ToList();
    }

    private List<string> Container(int depth)
    {
        var kind = Pick(["cover", "panel", "panel My safe people", "panel.warm Things I like", "panel.cool", "photos", "beside", "scale",
            "timeline", "contents", "pagebreak", "speech", "zzz", "ZZZ unknown words", "", "   cover   ", "panel " + Word(), "{{ kind }}",
            "photos{.wide}", "cover cover cover"]);
        var fence = Pick([":::", ":::", ":::", "::::", "::::::::"]);
        var lines = new List<string> { fence + Pick([" ", "", "  "]) + kind };
        if (kind.Contains("cover", StringComparison.Ordinal) && _random.Next(2) == 0)
            lines.AddRange([Heading(1), "", Picture(), "", Paragraph()]);
        else if (kind.StartsWith("photos", StringComparison.Ordinal) || kind == "beside")
            for (int i = 0, n = _random.Next(0, 7); i < n; i++) lines.AddRange(_random.Next(4) == 0 ? [Paragraph(), ""] : [Picture(), ""]);
        lines.AddRange(Children(depth));
        // Unclosed, closed, closed twice, or closed with the wrong number of colons.
        switch (_random.Next(6))
        {
            case 0: break;
            case 1: lines.Add(fence); lines.Add(fence); break;
            case 2: lines.Add(fence.Length > 3 ? ":::" : "::::"); break;
            default: lines.Add(fence); break;
        }
        return lines;
    }

    private List<string> Scale() =>
    [
        "::: scale",
        Pick(["0: not safe at all", "0:", "10: completely safe", "0: " + Words(3) + " 10: " + Words(2), Paragraph()]),
        "",
        .. Enumerable.Range(0, _random.Next(0, 6)).Select(_ => "- " + Pick([Word(), "", ":", "Me"]) + ": "
            + Pick(["7", "0", "10", "11", "-1", "99999999999999999999", "seven", "7.5", "", "NaN"])),
        _random.Next(4) == 0 ? "" : ":::",
    ];

    private List<string> Timeline() =>
    [
        "::: timeline",
        .. Enumerable.Range(0, _random.Next(0, 8)).Select(_ => "- " + Pick(["2019", "", ":", "Spring 2020", LongWord(), Word()]) + ": " + Inline(4)),
        _random.Next(4) == 0 ? "" : ":::",
    ];

    private List<string> Pictures()
    {
        var lines = new List<string>();
        for (int i = 0, n = _random.Next(1, 4); i < n; i++) lines.Add(Picture());
        return lines;
    }

    private string Picture()
    {
        var path = Pick([RealPicture, RealPicture, "missing.jpg", "../../etc/passwd", "/abs.png", "http://x/y.png", "", " ", "sub/../pic.png",
            "./pic.png", "pic.png#frag", "pic.png?x=1", "C:\\Windows\\x.png", "..", ".", "~/.ssh/id_rsa", "%2e%2e/pic.png", "pic%00.png",
            "<pic.png>", "<>", "pic.png \"A title\"", "pic.png 'single'", "data:image/png;base64,AAAA", "file:///etc/passwd",
            "photos/" + new string('a', 300) + ".png", "фото.png", "صورة.png", "pic.png\t\"tab\""]);
        var alt = Pick(["", "Me at the park", Inline(3), "*bold* alt", "[nested]", LongWord()]);
        var attributes = _random.Next(3) == 0
            ? Pick(["{.fill}", "{.polaroid}", "{.half .bw}", "{.fill .polaroid focus=0.5,0.3}", "{focus=9,9}", "{focus=NaN,NaN}",
                "{focus=,}", "{height=1e30}", "{height=21}", "{height=-5}", "{.third .two-thirds .small .square}", "{", "{.}", "{#id}",
                "{width=0}", "{.fill height=1999 focus=1,0}", "{{ x }}"])
            : "";
        return $"![{alt}]({path}){attributes}";
    }

    private List<string> Table()
    {
        var columns = _random.Next(1, 6);
        var lines = new List<string> { Row(columns) };
        if (_random.Next(6) > 0)
            lines.Add("|" + string.Join("|", Enumerable.Range(0, _random.Next(1, columns + 2)).Select(_ => Pick(["---", ":--", "--:", ":-:", "-", "", "==="]))) + "|");
        for (int i = 0, n = _random.Next(0, 8); i < n; i++) lines.Add(Row(_random.Next(0, columns + 3)));
        return lines;
    }

    private string Row(int cells)
    {
        var row = string.Join(" | ", Enumerable.Range(0, cells).Select(_ => _random.Next(5) == 0 ? Pick(["", "\\|", "`|`", LongWord()]) : Inline(3)));
        return Pick(["| ", "", "|"]) + row + Pick([" |", "", "||"]);
    }

    private List<string> Code()
    {
        var fence = Pick(["```", "~~~", "````"]);
        var lines = new List<string> { fence + Pick(["", "csharp", "{{ x }}", Word()]) };
        for (int i = 0, n = _random.Next(0, 5); i < n; i++) lines.Add(_random.Next(10) == 0 ? LongLine() : Inline(5));
        if (_random.Next(3) > 0) lines.Add(fence);
        return lines;
    }

    private string Heading(int? level = null)
    {
        var hashes = level ?? Pick([1, 1, 2, 3, 6, 7, 8, 20]);
        var text = _random.Next(12) == 0 ? LongLine() : Inline(_random.Next(0, 6));
        return new string('#', hashes) + Pick([" ", "", "\t", "  "]) + text + Pick(["", " ##", " #######", " {#id}"]);
    }

    private string Html() => Pick([
        "<div>", "</div>", "<div class=\"x\">*inside*</div>", "<script>alert(1)</script>", "<!-- comment", "-->", "<br>", "<img src=x onerror=y>",
        "<table><tr><td>cell</td></tr></table>", "<?php echo 1; ?>", "<![CDATA[ x ]]>", "<p align=right>" + Inline(3) + "</p>", "&nbsp;&amp;&#0;&#xD800;&bogus;",
    ]);

    private string Paragraph()
    {
        var sentences = _random.Next(1, 5);
        var text = new StringBuilder();
        for (var i = 0; i < sentences; i++)
        {
            if (i > 0) text.Append(Pick([" ", " ", "  \n", "\\\n", " \u2028 "]).Replace("\n", Pick(["\n", "\r\n"]), StringComparison.Ordinal));
            text.Append(Inline(_random.Next(1, 12)));
        }
        return text.ToString();
    }

    /// <summary>A run of inline pieces: words in several scripts, emphasis, brackets, links, pictures, braces, control characters.</summary>
    private string Inline(int pieces)
    {
        var text = new StringBuilder();
        for (var i = 0; i < pieces; i++)
        {
            if (i > 0) text.Append(' ');
            text.Append(_random.Next(24) switch
            {
                < 8 => Word(),
                8 => Pick(["***", "_**", "***_**", "**", "*", "__", "_", "~~", "``", "`", "**_*", "*__*"]) + Word() + Pick(["", "*", "**", "***", "_", "__"]),
                9 => "**" + Words(2) + "**",
                10 => "*" + Words(2) + "*",
                11 => Pick(["[", "]", "[[", "]]", "(", ")", "[x](", "[x]", "](", "[a](b", "[a]: b", "![", "!["]),
                12 => $"[{Words(2)}]({Pick(["http://x/y", "", "#top", "javascript:alert(1)", "mailto:a@b", "<a b>", "../../etc"])})",
                13 => Picture(),
                14 => Pick(["{{ child.name }}", "{{", "}}", "{{ }}", "{% if x %}", "{.large}", "::Maisie::{.large .accent}", "{.small .accent}"]),
                15 => Pick(["<b>", "</b>", "<span style=\"x\">", "<a href='x'>", "<br/>", "<", ">", "&", "&lt;", "<3"]),
                16 => Pick(Arabic),
                17 => Pick(Ethiopic),
                18 => Pick(Emoji),
                19 => Pick(Controls),
                20 => LongWord(),
                21 => Pick(["<http://example.org>", "<jo@example.org>", "www.example.org", "\\*", "\\", "`code`", "`` ` ``", "$x$", "^^", "~"]),
                22 => Pick(["1.", "-", "+", "#", ">", ":::", "|", "---", "==="]),
                _ => Word() + Pick([",", ".", "!", "?", ";", ":", "…", "—", "\u00AD"]),
            });
        }
        return text.ToString();
    }

    private string Words(int count) => string.Join(' ', Enumerable.Range(0, count).Select(_ => Word()));

    private string Word() => Pick(English);

    private string LongWord()
    {
        var length = Pick([40, 120, 400, 1500]);
        var unit = Pick(["a", "supercalifragilistic", "ب", "ሰ", "😀", "W", "x\u0301", "-", "_", "/"]);
        var word = new StringBuilder(length + unit.Length);
        while (word.Length < length) word.Append(unit);
        return word.ToString();
    }

    /// <summary>A line of about 5,000 characters: many words, or a few enormous ones.</summary>
    private string LongLine()
    {
        var line = new StringBuilder(5_100);
        var spaced = _random.Next(3) > 0;
        while (line.Length < 5_000)
        {
            line.Append(spaced ? Word() : LongWord());
            if (spaced || _random.Next(2) == 0) line.Append(' ');
        }
        return line.ToString();
    }

    /// <summary>Nesting beyond the parser's limits or the book's, which must fall back to printing text.</summary>
    private string Deep()
    {
        var depth = Pick([20, 65, 130, 300]);
        return Pick([
            string.Concat(Enumerable.Repeat("> ", depth)) + "deep",
            string.Concat(Enumerable.Repeat("- ", depth)) + "deep",
            string.Concat(Enumerable.Range(0, depth).Select(i => new string(' ', i * 2) + "- level\n")),
            string.Concat(Enumerable.Range(0, depth).Select(i => new string(':', 3 + depth - i) + " panel\n")) + "inside\n",
            string.Concat(Enumerable.Repeat("::: panel\n", depth)) + "inside\n" + string.Concat(Enumerable.Repeat(":::\n", depth / 2)),
            new string('*', depth) + "x" + new string('*', depth),
            string.Concat(Enumerable.Repeat("[", depth)) + "x" + string.Concat(Enumerable.Repeat("](u)", depth)),
            string.Concat(Enumerable.Repeat("- > ", depth / 2)) + "deep",
        ]);
    }

    private T Pick<T>(IReadOnlyList<T> from) => from[_random.Next(from.Count)];

    private static readonly string[] English =
    [
        "Maisie", "went", "to", "the", "park", "with", "Jo", "and", "we", "saw", "ducks", "on", "Saturday", "because", "it", "was", "sunny",
        "I", "like", "drawing", "football", "my", "brother", "Alfie", "school", "friends", "happy", "worried", "a", "an", "grandmother",
    ];

    private static readonly string[] Arabic = ["مرحبا", "يوسف حبيبي", "أنا أحب المدرسة كثيرا", "ولدي أصدقاء طيبون،", "٣٤٥", "(قوس)", "\u200Fمرحبا\u200F"];

    private static readonly string[] Ethiopic = ["ሰላም", "ለዓለም", "ኢትዮጵያ", "፩፪፫", "ሰላም፡ለዓለም።"];

    private static readonly string[] Emoji =
    [
        "😀", "👩‍👧‍👦", "🏳️‍🌈", "👍🏽", "🇬🇧", "❤️", "🎉🎂", "\uD83D", "\uDE00", "x\uD800y", "\uDBFF\uDBFF", "\uDFFF",
    ];

    private static readonly string[] Controls =
    [
        "\0", "a\0b", "\u0001", "\u0007", "\u0008", "\u001B[31m", "\u007F", "\u0085", "\u2028", "\u2029", "\u200B", "\u200D", "\uFEFF",
        "\u202E", "\u202Ereversed\u202C", "\u2066isolate", "\uFFFD", "\uFFFF", "\t", "\f", "\v", "e\u0301\u0301\u0301\u0301", "\u00A0",
        "\u061C", "\u180E",
    ];
}
