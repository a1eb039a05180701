using LifeStory.Web.Data;
using LifeStory.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LifeStory.Web.Audit;

/// <summary>A child's audit trail, for the team manager: every view, change, document and refusal, newest first.</summary>
public sealed class TrailModel(ChildAccess access, LifeStoryDb db, AuditLog audit) : ChildPage(access)
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public AuditCheck Check { get; private set; } = AuditCheck.Complete;

    public async Task<IActionResult> OnGetAsync()
    {
        if (await RefuseAsync(Id, ChildAction.SeeAudit) is { } refused) return refused;
        await audit.RecordAsync(User.Identity?.Name ?? "", AuditActions.View, Id, "audit trail");
        Entries = await db.AuditEntries.AsNoTracking().Where(e => e.ChildId == Id).OrderByDescending(e => e.Id).Take(1000).ToListAsync();
        Check = await audit.CheckAsync(HttpContext.RequestAborted);
        return Page();
    }
}
