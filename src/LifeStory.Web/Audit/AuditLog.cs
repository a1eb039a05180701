using LifeStory.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace LifeStory.Web.Audit;

/// <summary>
/// Appends to the audit trail. Rows are written one at a time behind a lock so each links to the true last row;
/// the id is chosen here, not by the database, because the hash covers it. After each row the checkpoint outside the
/// database (<see cref="AuditAnchor"/>) moves on, so rows removed from the end, or a chain rewritten, show too. The lock is
/// this process's: the audit trail assumes one running instance of the app.
/// </summary>
public sealed class AuditLog(LifeStoryDb db, TimeProvider clock, AuditAnchor anchor)
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
            // After the row is committed: a crash in between leaves the checkpoint one row behind, which reads as
            // intact (rows past the checkpoint are allowed), never as a row removed.
            anchor.Write(entry.Id, entry.Hash);
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>Walks the whole chain: the id of the first row that does not match what came before it, or null when intact.</summary>
    public async Task<long?> FirstBrokenRowAsync(CancellationToken cancel = default) => (await CheckAsync(cancel)).FirstBrokenRow;

    /// <summary>
    /// Walks the whole chain, then compares it with the checkpoint: every row must follow from the one before it, and
    /// the row the checkpoint names must be there with the hash it recorded.
    /// </summary>
    public async Task<AuditCheck> CheckAsync(CancellationToken cancel = default)
    {
        var previous = AuditChain.Start;
        long expectedId = 1;
        string? hashAtAnchor = null;
        var reading = anchor.Read();
        await foreach (var entry in db.AuditEntries.AsNoTracking().OrderBy(e => e.Id).AsAsyncEnumerable().WithCancellation(cancel))
        {
            if (entry.Id != expectedId || entry.PreviousHash != previous || AuditChain.HashOf(entry) != entry.Hash)
                return new AuditCheck(expectedId, $"Entry {expectedId} of the audit log has been changed or removed.");
            if (entry.Id == reading.Id) hashAtAnchor = entry.Hash;
            previous = entry.Hash;
            expectedId++;
        }
        var last = expectedId - 1;
        if (reading.Problem is { } problem)
            return last == 0 ? AuditCheck.Complete : new AuditCheck(last, $"The audit log cannot be vouched for: {problem}.");
        if (reading.Id > last)
            return new AuditCheck(last + 1, $"Entries {last + 1} to {reading.Id} have been removed from the end of the audit log.");
        if (hashAtAnchor != reading.Hash)
            return new AuditCheck(reading.Id, $"The audit log has been rewritten: entry {reading.Id} no longer matches the checkpoint kept outside the database.");
        return AuditCheck.Complete;
    }

    private static string Limit(string text, int length) => text.Length <= length ? text : text[..length];
}
