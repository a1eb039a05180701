using System.Text;
using LifeStory.Web.Data;
using LifeStory.Web.Storage;
using Microsoft.EntityFrameworkCore;

namespace LifeStory.Web.Editing.Drafts;

/// <summary>Keeps, finds and closes a person's unsaved drafts of one child's edit form.</summary>
public sealed class DraftStore(LifeStoryDb db, Sealer sealer, TimeProvider clock)
{
    private const string Purpose = "draft";

    /// <summary>The largest draft kept: a form's fields, even a long story section, are far smaller.</summary>
    public const int MaxBytes = 512 * 1024;

    public async Task KeepAsync(string accountId, Guid childId, string form, string fieldsJson, CancellationToken cancel)
    {
        var open = await OpenAsync(accountId, childId, form, cancel);
        var draft = open ?? new Draft { Id = Guid.NewGuid(), AccountId = accountId, ChildId = childId, Form = form };
        draft.Sealed = sealer.Seal(Encoding.UTF8.GetBytes(fieldsJson), Purpose);
        draft.SavedUtc = clock.GetUtcNow().UtcDateTime;
        if (open is null) db.Drafts.Add(draft);
        await db.SaveChangesAsync(cancel);
    }

    public async Task<(string FieldsJson, DateTime SavedUtc)?> FindAsync(string accountId, Guid childId, string form, CancellationToken cancel)
    {
        var open = await OpenAsync(accountId, childId, form, cancel);
        return open is null ? null : (Encoding.UTF8.GetString(sealer.Open(open.Sealed, Purpose)), open.SavedUtc);
    }

    /// <summary>After a save (the words are in the new version) or when the writer throws the draft away.</summary>
    public async Task CloseAsync(string accountId, Guid childId, string form, CancellationToken cancel)
    {
        if (await OpenAsync(accountId, childId, form, cancel) is not { } open) return;
        open.ClosedUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancel);
    }

    private Task<Draft?> OpenAsync(string accountId, Guid childId, string form, CancellationToken cancel) =>
        db.Drafts.SingleOrDefaultAsync(d => d.AccountId == accountId && d.ChildId == childId && d.Form == form && d.ClosedUtc == null, cancel);
}
