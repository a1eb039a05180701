using System.Collections.Concurrent;

namespace LifeStory.Web.Editing.Presence;

/// <summary>
/// Who has one of a child's edit forms open now, so two people writing the same book know of each other before
/// they save. Kept in this server's memory only: it is a courtesy, the versions' concurrency checks are the guarantee.
/// A council running several servers sees only the people on the same server.
/// </summary>
public sealed class EditingPresence(TimeProvider clock)
{
    /// <summary>An open form checks in every 20 seconds; one not seen for longer than this has been closed.</summary>
    public static readonly TimeSpan Gone = TimeSpan.FromSeconds(50);

    private readonly ConcurrentDictionary<Guid, ConcurrentDictionary<string, Editor>> children = new();

    /// <summary>Notes this person on this form now, and returns everyone else editing this child.</summary>
    public IReadOnlyList<Editor> CheckIn(Guid childId, string accountId, string name, string form)
    {
        var now = clock.GetUtcNow();
        var editors = children.GetOrAdd(childId, _ => new ConcurrentDictionary<string, Editor>());
        editors.AddOrUpdate(accountId, _ => new Editor(name, form, now, now), (_, known) => known with { Form = form, LastSeen = now, Since = known.Form == form ? known.Since : now });
        foreach (var (account, editor) in editors)
            if (now - editor.LastSeen > Gone) editors.TryRemove(account, out _);
        return editors.Where(e => e.Key != accountId).Select(e => e.Value).OrderBy(e => e.Since).ToList();
    }

    public void Leave(Guid childId, string accountId)
    {
        if (children.TryGetValue(childId, out var editors)) editors.TryRemove(accountId, out _);
    }
}

/// <summary>Someone with a child's edit form open: their name, which form, since when, last heard from.</summary>
public sealed record Editor(string Name, string Form, DateTimeOffset Since, DateTimeOffset LastSeen);
