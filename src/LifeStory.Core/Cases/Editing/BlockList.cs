using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace LifeStory.Cases.Editing;

/// <summary>What to tell the person when a list in case.yaml is written in a way the form cannot edit safely.</summary>
public sealed record BlockListWords(string ItemOnOneLine, string ItemNotFields, string ItemAlias, string ListOnOneLine, string NotAList);

/// <summary>
/// Where a top-level list of case.yaml (story:, reviews:) and each of its items are written in the text, so a form can
/// replace, add or take out one item and leave every other byte as it was. Found with YamlDotNet's parser, which knows
/// where each item starts and ends; an item ends where the next begins, the last before the blank lines after it.
/// </summary>
/// <param name="Present">The key is written, even with no items (key: or key: []).</param>
/// <param name="KeyLineStart">Where the key's line starts, for writing the first item under it.</param>
/// <param name="Problem">Why the list cannot be edited here, in plain words; nothing is changed then.</param>
public sealed record BlockList(IReadOnlyList<(int Start, int End)> Items, int Indent, bool Present, int KeyLineStart, string? Problem)
{
    public static BlockList Locate(string yaml, string key, BlockListWords words)
    {
        var parser = new Parser(new StringReader(yaml));
        var items = new List<(int, int)>();
        var depth = 0;
        var expectKey = false;
        var inList = false;
        var present = false;
        var keyLineStart = 0;
        var indent = 2;
        var itemStart = -1;
        try
        {
            while (parser.MoveNext())
            {
                var current = parser.Current!;
                if (inList)
                {
                    switch (current)
                    {
                        case MappingStart or SequenceStart:
                            if (depth == 2 && current is MappingStart { Style: MappingStyle.Flow })
                                return Refusal(words.ItemOnOneLine);
                            if (depth == 2)
                            {
                                itemStart = LineStart(yaml, (int)current.Start.Index);
                                indent = (int)current.Start.Column - 3;
                            }
                            depth++;
                            continue;
                        case MappingEnd or SequenceEnd:
                            depth--;
                            if (depth == 2 && itemStart >= 0) items.Add((itemStart, LineStart(yaml, (int)current.End.Index, end: true)));
                            if (depth == 1)
                            {
                                // Each item ends where the next begins; the last where the list does, before blank lines.
                                for (var i = 0; i < items.Count - 1; i++) items[i] = (items[i].Item1, items[i + 1].Item1);
                                if (items.Count > 0) items[^1] = (items[^1].Item1, BeforeBlankLines(yaml, items[^1].Item1, items[^1].Item2));
                                inList = false;
                                expectKey = true;
                            }
                            continue;
                        case Scalar or AnchorAlias when depth == 2:
                            return Refusal(words.ItemNotFields);
                        case AnchorAlias:
                            return Refusal(words.ItemAlias);
                        default:
                            continue;
                    }
                }
                switch (current)
                {
                    case MappingStart or SequenceStart: depth++; expectKey = depth == 1; break;
                    case MappingEnd or SequenceEnd: depth--; expectKey = depth == 1; break;
                    case Scalar { Value: var name } keyScalar when name == key && depth == 1 && expectKey:
                        present = true;
                        keyLineStart = LineStart(yaml, (int)keyScalar.Start.Index);
                        if (parser.MoveNext() && parser.Current is SequenceStart list)
                        {
                            if (list.Style == SequenceStyle.Flow)
                            {
                                if (parser.MoveNext() && parser.Current is SequenceEnd) { expectKey = true; break; }
                                return Refusal(words.ListOnOneLine);
                            }
                            inList = true;
                            depth = 2;
                        }
                        else if (parser.Current is Scalar { Value.Length: 0 }) expectKey = true;
                        else return Refusal(words.NotAList);
                        break;
                    case Scalar when depth == 1:
                        expectKey = !expectKey;
                        break;
                }
            }
        }
        catch (YamlException)
        {
            return Refusal("case.yaml cannot be read as YAML; fix it there first.");
        }
        return new BlockList(items, indent, present, keyLineStart, null);
    }

    private static BlockList Refusal(string problem) => new([], 0, false, 0, problem);

    /// <summary>The start of the line holding <paramref name="index"/> (the end of the text when it has no last line break).</summary>
    private static int LineStart(string yaml, int index, bool end = false)
    {
        index = Math.Min(index, yaml.Length);
        if (end && index == yaml.Length) return yaml.Length;
        return index == 0 ? 0 : yaml.LastIndexOf('\n', index - 1) + 1;
    }

    /// <summary>A list's end is only found at the next key, past blank lines: those stay between the list and that key.</summary>
    private static int BeforeBlankLines(string yaml, int start, int end)
    {
        while (end > start)
        {
            var lineStart = yaml.LastIndexOf('\n', Math.Max(0, end - 2)) + 1;
            if (lineStart <= start || !string.IsNullOrWhiteSpace(yaml[lineStart..end])) break;
            end = lineStart;
        }
        return end;
    }
}
