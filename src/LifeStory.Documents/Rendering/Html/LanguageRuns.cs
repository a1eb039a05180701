using System.Text;
using HarfBuzzSharp;
using Markdig.Renderers;

namespace LifeStory.Documents.Rendering.Html;

/// <summary>
/// Splits text into runs by Unicode script and marks each run in another script than the page's with
/// <c>lang</c> and <c>dir</c>, so a screen reader switches voice for Arabic inside English and back. Spaces,
/// digits and punctuation belong to no script: between two letters of one foreign run they stay inside it, at
/// its edges they stay outside, in the page's language.
/// </summary>
internal sealed class LanguageRuns
{
    private readonly string _documentScript;
    private readonly string _documentLanguage;
    private readonly Dictionary<object, string> _partScripts = new(ReferenceEqualityComparer.Instance);
    private readonly OtherLanguage? _other;
    private readonly string? _otherScript;
    private readonly HashSet<string> _phrases;

    public LanguageRuns(string documentLanguage, OtherLanguage? other)
    {
        _documentScript = ScriptLanguages.ScriptOf(documentLanguage);
        _documentLanguage = documentLanguage;
        _other = other;
        _otherScript = other is null ? null : ScriptLanguages.ScriptOf(other.Tag);
        _phrases = other is null ? [] : other.Phrases.Select(Normalise).Where(p => p.Length > 0).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>A marked run: where it starts and ends in the text, its language and its direction.</summary>
    public readonly record struct Run(int Start, int End, string Language, bool RightToLeft);

    /// <summary>
    /// The language of a whole paragraph known to be in the other language and written in the page's own script
    /// (Polish words inside an English book), or null. Text in another script is marked by its runs instead.
    /// </summary>
    public string? PhraseLanguage(string text) =>
        _other is not null && _otherScript == _documentScript && _phrases.Contains(Normalise(text)) ? _other.Tag : null;

    /// <summary>
    /// The language and direction of a whole part (a paragraph, a heading, a list item's or a table cell's
    /// words) in another script than the page's, found as the PDF finds a paragraph's direction: by its first
    /// strong letter (Unicode's rules P2 and P3) on a left-to-right page; on a right-to-left page only when none
    /// of its letters is in the page's script, since the page's direction holds there for any paragraph with a
    /// letter of its own ("Sam يحب كرة القدم" is Arabic). Null when the part is in the page's language.
    /// </summary>
    public Run? Part(string text)
    {
        var rightToLeftPage = Direction(_documentScript) == HarfBuzzSharp.Direction.RightToLeft;
        string? first = null;
        var i = 0;
        while (i < text.Length)
        {
            var rune = Rune.GetRuneAt(text, i);
            if (StrongScript(rune) is { } script)
            {
                if (ScriptLanguages.Writes(_documentScript, script) && (rightToLeftPage || first is null)) return null;
                first ??= script;
                if (!rightToLeftPage) break;
            }
            i += rune.Utf16SequenceLength;
        }
        return first is null ? null : Make(0, text.Length, first);
    }

    /// <summary>
    /// Remembers a part marked with its own language, so runs inside it are marked against its script, not the
    /// page's: a page's English inside an Arabic paragraph of an English book is marked English again.
    /// </summary>
    public void MarkPart(object part, Run language) => _partScripts[part] = ScriptLanguages.ScriptOf(language.Language);

    /// <summary>The runs of the text, inside this part (null for none), in another script than the part's or the page's.</summary>
    public IReadOnlyList<Run> Foreign(string text, object? part) =>
        part is not null && _partScripts.TryGetValue(part, out var script) ? Foreign(text, script) : Foreign(text);

    /// <summary>The runs of the text in another script than the page's, left to right in the text's own order.</summary>
    public IReadOnlyList<Run> Foreign(string text) => Foreign(text, _documentScript);

    private List<Run> Foreign(string text, string baseScript)
    {
        var runs = new List<Run>();
        int? start = null;
        var end = 0;
        string? script = null;
        var i = 0;
        while (i < text.Length)
        {
            var rune = Rune.GetRuneAt(text, i);
            var width = rune.Utf16SequenceLength;
            var own = StrongScript(rune);
            if (own is not null && own != script)
            {
                if (start is { } s && script is not null) runs.Add(Make(s, end, script));
                start = null;
                script = null;
                if (!ScriptLanguages.Writes(baseScript, own))
                {
                    start = i;
                    script = own;
                }
            }
            if (own is not null && own == script) end = i + width;
            i += width;
        }
        if (start is { } last && script is not null) runs.Add(Make(last, end, script));
        return runs;
    }

    /// <summary>Writes the text escaped, each foreign run inside a span that names its language and direction.</summary>
    public void Write(HtmlRenderer renderer, string text, object? part = null)
    {
        var at = 0;
        foreach (var run in Foreign(text, part))
        {
            renderer.WriteEscape(text.AsSpan(at, run.Start - at));
            renderer.Write("<span lang=\"").Write(HtmlText.Encode(run.Language)).Write("\" dir=\"").Write(run.RightToLeft ? "rtl" : "ltr").Write("\">");
            renderer.WriteEscape(text.AsSpan(run.Start, run.End - run.Start));
            renderer.Write("</span>");
            at = run.End;
        }
        renderer.WriteEscape(text.AsSpan(at));
    }

    private Run Make(int start, int end, string script)
    {
        var language = _other is not null && ScriptLanguages.Writes(_otherScript!, script) ? _other.Tag
            : ScriptLanguages.Writes(_documentScript, script) ? _documentLanguage
            : ScriptLanguages.LanguageOf(script);
        return new Run(start, end, language, Direction(script) == HarfBuzzSharp.Direction.RightToLeft);
    }

    /// <summary>The rune's script as a four-letter tag ("Arab"), or null for spaces, digits, punctuation and marks.</summary>
    private static string? StrongScript(Rune rune)
    {
        var script = UnicodeFunctions.Default.GetScript(rune.Value);
        if (script == Script.Common || script == Script.Inherited || script == Script.Unknown) return null;
        return ((Tag)(uint)script).ToString();
    }

    private static Direction Direction(string script) => Script.TryParse(script, out var parsed) ? parsed.HorizontalDirection : HarfBuzzSharp.Direction.LeftToRight;

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
