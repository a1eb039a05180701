using LifeStory.Web.Audit;
using LifeStory.Web.Security;
using LifeStory.Web.Storage;
using Microsoft.AspNetCore.Mvc;

namespace LifeStory.Web.Children;

/// <summary>The latest version as a zipped case folder, which the CLI reads and which imports back identically.</summary>
public sealed class ExportModel(ChildAccess access, RevisionStore revisions, AuditLog audit) : ChildPage(access)
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await RefuseAsync(Id, ChildAction.Export) is { } refused) return refused;
        var latest = await revisions.LatestAsync(Id, HttpContext.RequestAborted);
        if (latest is null) return NotFound();
        var zip = CaseZip.Write(await revisions.ReadAsync(latest, HttpContext.RequestAborted));
        await audit.RecordAsync(User.Identity?.Name ?? "", AuditActions.Export, Id, $"revision {latest.Number}");
        return File(zip, "application/zip", $"case-folder-{latest.Number}.zip");
    }
}
