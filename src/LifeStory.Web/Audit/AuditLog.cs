using LifeStory.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace LifeStory.Web.Audit;

/// <summary>
/// Appends to the audit trail. Rows are written one at a time behind a lock so each links to the true last row;
/// the id is chosen here, not by the database, because the hash covers it.
/// </summary>
public sealed class AuditLog(LifeStoryDb db, TimeProvider clock)
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public async Task RecordAsync(string actor, string action, Guid? childId, string detail, CancellationToken cancel = default)
    {
        await Gate.WaitAsync(cancel);
        try
        {
            var last = await db.AuditEntries.AsNoTracking().OrderByDescending(e => e.Id).Select(e => new { e.Id, e.Hash }).FirstOrDefaultAsync(cancel);
            var entry = new AuditEntry
            {
                Id = (last?.Id ?? 0) + 1,
                AtUtc = AuditChain.Truncate(clock.GetUtcNow().UtcDateTime),
                Actor = Limit(actor, 256),
                ChildId = childId,
                Action = action,
                Detail = Limit(detail, 1000),
                PreviousHash = last?.Hash ?? AuditChain.Start,
            };
            entry.Hash = AuditChain.HashOf(entry);
            db.AuditEntries.Add(entry);
            await db.SaveChangesAsync(cancel);
            db.Entry(entry).State = EntityState.Detached;
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>Walks the whole chain: the id of the first row that does not match what came before it, or null when intact.</summary>
    public async Task<long?> FirstBrokenRowAsync(CancellationToken cancel = default)
    {
        var previous = AuditChain.Start;
        long expectedId = 1;
        await foreach (var entry in db.AuditEntries.AsNoTracking().OrderBy(e => e.Id).AsAsyncEnumerable().WithCancellation(cancel))
        {
            if (entry.Id != expectedId || entry.PreviousHash != previous || AuditChain.HashOf(entry) != entry.Hash) return entry.Id;
            previous = entry.Hash;
            expectedId++;
        }
        return null;
    }

    private static string Limit(string text, int length) => text.Length <= length ? text : text[..length];
}
