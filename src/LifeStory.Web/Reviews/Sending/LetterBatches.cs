using System.Collections.Concurrent;
using System.Threading.Channels;

namespace LifeStory.Web.Reviews.Sending;

/// <summary>
/// The queue of batches and the batches themselves. Bounded: a handful may wait, and one is made at a time (see
/// <see cref="LetterBatchWorker"/>), so a week's letters never take more than a share of the machine from the people
/// using it. Finished batches are forgotten after an hour, their print packs with them.
/// </summary>
public sealed class LetterBatches(TimeProvider clock)
{
    public const int MostWaiting = 4;

    private readonly Channel<LetterBatch> _queue = Channel.CreateBounded<LetterBatch>(new BoundedChannelOptions(MostWaiting) { SingleReader = true });
    private readonly ConcurrentDictionary<Guid, LetterBatch> _batches = new();

    public ChannelReader<LetterBatch> Queue => _queue.Reader;

    /// <summary>The new batch, or null when too many are waiting already.</summary>
    public LetterBatch? Start(string owner, IReadOnlyList<BatchItem> items)
    {
        var now = clock.GetUtcNow();
        foreach (var old in _batches.Values.Where(b => b.Finished && now - b.Started > TimeSpan.FromHours(1))) _batches.TryRemove(old.Id, out _);
        var batch = new LetterBatch(Guid.NewGuid(), owner, items, now);
        if (!_queue.Writer.TryWrite(batch)) return null;
        _batches[batch.Id] = batch;
        return batch;
    }

    /// <summary>A batch, only for the person who started it.</summary>
    public LetterBatch? Find(Guid id, string owner) => _batches.TryGetValue(id, out var batch) && batch.Owner == owner ? batch : null;
}
