using System.Collections.Concurrent;

namespace LifeStory.Web.Reviews.Sending;

/// <summary>
/// One run of "send the week's letters": what it was asked to do, how far it has got, and — once done — the print
/// pack, kept in memory (never on disk) for the person who started it. Read by the progress poll while the worker
/// writes it, so its counters are updated with Interlocked and its lists are concurrent.
/// </summary>
public sealed class LetterBatch(Guid id, string owner, IReadOnlyList<BatchItem> items, DateTimeOffset started)
{
    private int _done;
    private int _emailed;
    private int _posted;

    public Guid Id => id;

    public string Owner => owner;

    public IReadOnlyList<BatchItem> Items => items;

    public DateTimeOffset Started => started;

    public int Done => Volatile.Read(ref _done);

    public int Emailed => Volatile.Read(ref _emailed);

    public int Posted => Volatile.Read(ref _posted);

    public int Total => items.Count;

    public ConcurrentQueue<string> Problems { get; } = new();

    private volatile string _step = "Waiting for the letters before these to finish";
    private volatile bool _finished;

    /// <summary>What the worker is doing now, in words for the progress panel.</summary>
    public string Step
    {
        get => _step;
        set => _step = value;
    }

    public bool Finished
    {
        get => _finished;
        set => _finished = value;
    }

    public byte[]? Pack { get; set; }

    public string? PackHash { get; set; }

    public TimeSpan? Took { get; set; }

    public void Count(LetterRoute route)
    {
        Interlocked.Increment(ref route == LetterRoute.Email ? ref _emailed : ref _posted);
        Interlocked.Increment(ref _done);
    }

    public void CountFailed(string problem)
    {
        Problems.Enqueue(problem);
        Interlocked.Increment(ref _done);
    }
}

/// <summary>One copy to send: the line on a review's list.</summary>
public sealed record BatchItem(Guid ChildId, DateOnly ReviewDate, Guid RecipientId, LetterRoute Route);
