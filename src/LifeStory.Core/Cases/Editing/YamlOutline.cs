using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace LifeStory.Cases.Editing;

/// <summary>
/// The shape of case.yaml with where each part is written in the text, so an edit can replace exactly the characters
/// of one value. A block collection ends where its last value ends (YamlDotNet reports its end at the next token,
/// past blank lines and comments that belong to what follows).
/// </summary>
internal sealed record YamlOutline(
    YamlOutlineKind Kind,
    int Start,
    int End,
    bool Flow,
    bool BlockScalar,
    bool Quoted,
    string Value,
    IReadOnlyList<(YamlOutline Key, YamlOutline Value)> Entries,
    IReadOnlyList<YamlOutline> Items)
{
    /// <summary>The root of the first document, or null for an empty file.</summary>
    public static YamlOutline? Of(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        while (parser.MoveNext())
            if (parser.Current is MappingStart or SequenceStart or Scalar or AnchorAlias) return Read(parser);
        return null;
    }

    /// <summary>The value under <paramref name="key"/> of a mapping, or null.</summary>
    public (YamlOutline Key, YamlOutline Value)? Entry(string key)
    {
        foreach (var entry in Entries)
            if (entry.Key.Kind == YamlOutlineKind.Scalar && entry.Key.Value == key) return entry;
        return null;
    }

    /// <summary>True for "key:" with no value written: there are no characters of it to replace.</summary>
    public bool Unwritten => Kind == YamlOutlineKind.Scalar && Start == End;

    /// <summary>True when the value's own characters can be swapped for others on the same line.</summary>
    public bool Inline => Flow || (Kind is YamlOutlineKind.Scalar or YamlOutlineKind.Alias && !BlockScalar && !Unwritten);

    /// <summary>Just past a closing bracket or brace (the event marks where the bracket starts).</summary>
    private static int Closing(ParsingEvent end) => end.Start.Index == end.End.Index ? (int)end.Start.Index + 1 : (int)end.End.Index;

    private static YamlOutline Read(Parser parser)
    {
        var current = parser.Current!;
        switch (current)
        {
            case MappingStart mapping:
            {
                var entries = new List<(YamlOutline, YamlOutline)>();
                while (parser.MoveNext() && parser.Current is not MappingEnd)
                {
                    var key = Read(parser);
                    parser.MoveNext();
                    var value = Read(parser);
                    // "key:" with nothing after it: YamlDotNet places the empty value at the next token, which may be
                    // lines away; it is written nowhere, so it sits at the key's end.
                    if (value.Kind == YamlOutlineKind.Scalar && value.Value.Length == 0 && !value.Quoted) value = value with { Start = key.End, End = key.End };
                    entries.Add((key, value));
                }
                var flow = mapping.Style == MappingStyle.Flow;
                var end = flow || entries.Count == 0 ? Closing(parser.Current!) : entries[^1].Item2.End;
                return new(YamlOutlineKind.Mapping, (int)mapping.Start.Index, end, flow, false, false, "", entries, []);
            }
            case SequenceStart sequence:
            {
                var items = new List<YamlOutline>();
                while (parser.MoveNext() && parser.Current is not SequenceEnd) items.Add(Read(parser));
                var flow = sequence.Style == SequenceStyle.Flow;
                var end = flow || items.Count == 0 ? Closing(parser.Current!) : items[^1].End;
                return new(YamlOutlineKind.Sequence, (int)sequence.Start.Index, end, flow, false, false, "", [], items);
            }
            case Scalar scalar:
                return new(YamlOutlineKind.Scalar, (int)scalar.Start.Index, (int)scalar.End.Index, false,
                    scalar.Style is ScalarStyle.Literal or ScalarStyle.Folded, scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted,
                    scalar.Value, [], []);
            default:
                return new(YamlOutlineKind.Alias, (int)current.Start.Index, (int)current.End.Index, false, false, false, "", [], []);
        }
    }
}

internal enum YamlOutlineKind
{
    Scalar,
    Mapping,
    Sequence,
    Alias,
}
