using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace LifeStory.Cases.Loading;

/// <summary>
/// Passes YAML events on while counting them, and stops the read (with where and why) the moment the file goes
/// past a limit: nesting depth, values once aliases are expanded, the length of one value, or a second document.
/// The checks run as the parser reads, so a hostile file costs no more than the limits allow.
/// </summary>
internal sealed class LimitedParser(IParser inner) : IParser
{
    private readonly Dictionary<string, long> _anchorSizes = new(StringComparer.Ordinal);
    private readonly Stack<(string Anchor, long Start)> _openAnchors = new();
    private readonly Stack<(string? Anchor, bool Flow)> _containers = new();
    private readonly Stack<(Mark Start, bool List)> _openFlows = new();
    private long _values;
    private int _documents;

    public ParsingEvent? Current => inner.Current;

    /// <summary>Where the last event read ends: the place to point at when the parser gives up without one.</summary>
    public Mark LastGood { get; private set; } = Mark.Empty;

    /// <summary>The innermost '[' or '{' still open, if any: the likeliest cause when the parser gives up.</summary>
    public (Mark Start, bool List)? OpenFlow => _openFlows.Count > 0 ? _openFlows.Peek() : null;

    public bool MoveNext()
    {
        if (!inner.MoveNext()) return false;
        var current = inner.Current!;
        Check(current);
        LastGood = current.End;
        return true;
    }

    private void Check(ParsingEvent current)
    {
        switch (current)
        {
            case DocumentStart when ++_documents > 1:
                throw new YamlLimitException(current.Start, "second-document",
                    $"{CaseLoader.CaseFileName} holds a second document after '---'; only the first would be read.",
                    "Remove the '---' line and merge what follows into the fields above it, or move it to another file.");
            case Scalar scalar:
                if (scalar.Value.Length > CaseLimits.MaxTextLength)
                    throw new YamlLimitException(current.Start, "too-long",
                        string.Create(CultureInfo.InvariantCulture,
                            $"This value is {scalar.Value.Length:N0} characters long, more than the limit of {CaseLimits.MaxTextLength:N0}."),
                        "Shorten it, or split a long story into several story sections.");
                Count(current, 1);
                Close(scalar.Anchor.IsEmpty ? null : scalar.Anchor.Value, _values - 1);
                break;
            case AnchorAlias alias:
                Count(current, _anchorSizes.GetValueOrDefault(alias.Value.Value, 1));
                break;
            case MappingStart or SequenceStart:
                var node = (NodeEvent)current;
                Count(current, 1);
                var flow = current is SequenceStart { Style: SequenceStyle.Flow } or MappingStart { Style: MappingStyle.Flow };
                _containers.Push((node.Anchor.IsEmpty ? null : node.Anchor.Value, flow));
                if (flow) _openFlows.Push((current.Start, current is SequenceStart));
                if (!node.Anchor.IsEmpty) _openAnchors.Push((node.Anchor.Value, _values - 1));
                if (_containers.Count > CaseLimits.MaxDepth)
                    throw new YamlLimitException(current.Start, "too-deep",
                        string.Create(CultureInfo.InvariantCulture,
                            $"Lists and fields are nested more than {CaseLimits.MaxDepth} deep here."),
                        "Check the indentation and the brackets: a real case is never nested this deeply.");
                break;
            case MappingEnd or SequenceEnd:
                if (!_containers.TryPop(out var closed)) break;
                if (closed.Flow) _openFlows.TryPop(out _);
                if (closed.Anchor is not null && _openAnchors.TryPop(out var open)) _anchorSizes[open.Anchor] = _values - open.Start;
                break;
        }
    }

    private void Close(string? anchor, long start)
    {
        if (anchor is not null) _anchorSizes[anchor] = _values - start;
    }

    private void Count(ParsingEvent current, long values)
    {
        _values += values;
        if (_values > CaseLimits.MaxValues)
            throw new YamlLimitException(current.Start, "too-many-values",
                string.Create(CultureInfo.InvariantCulture,
                    $"The file stands for more than {CaseLimits.MaxValues:N0} values once its '*' aliases are counted as copies."),
                "Write the values out instead of repeating them with '&' anchors and '*' aliases.");
    }
}
