using System.Security.Claims;
using System.Text;
using LifeStory.Cases.Loading;
using LifeStory.Cases.Model;
using LifeStory.Checking;
using LifeStory.Web.Audit;
using LifeStory.Web.Children;
using LifeStory.Web.Data;
using LifeStory.Web.Editing.Drafts;
using LifeStory.Web.Security;
using LifeStory.Web.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LifeStory.Web.Editing;

/// <summary>
/// What every edit page of a child's case does the same way: read the latest version, and save an edited case.yaml
/// as a new version only when the same checks as `lifestory check` find nothing that must be fixed.
/// </summary>
public abstract class CaseEditPage(ChildAccess access, LifeStoryDb db, RevisionStore revisions, ChildImports imports, AuditLog audit)
    : ChildPage(access)
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }

    /// <summary>The version the page was filled from.</summary>
    [BindProperty] public int BaseRevision { get; set; }

    public string Name { get; private set; } = "";

    public IReadOnlyList<Finding> Findings { get; protected set; } = [];

    public string? Problem { get; protected set; }

    public string? Message { get; protected set; }

    protected AuditLog Audit => audit;

    /// <summary>The latest version with its case.yaml and the case it loads as (stored versions always load).</summary>
    protected async Task<Latest?> LatestAsync()
    {
        var cancel = HttpContext.RequestAborted;
        var revision = await revisions.LatestAsync(Id, cancel);
        if (revision is null) return null;
        var child = await db.Children.SingleAsync(c => c.Id == Id, cancel);
        Name = revisions.NameOf(child);
        var contents = await revisions.ReadAsync(revision, cancel);
        var yaml = Encoding.UTF8.GetString(contents.Find("case.yaml")!.Content);
        return new Latest(child, revision, contents, yaml, Load(yaml));
    }

    /// <summary>The new version's number, or null with the findings and the problem set for the page to show.</summary>
    protected async Task<int?> SaveAsync(Latest latest, string yaml, string note, string auditDetail)
    {
        var outcome = await imports.CheckAsync(latest.Contents.With(new CaseFile("case.yaml", Encoding.UTF8.GetBytes(yaml))), HttpContext.RequestAborted);
        if (!outcome.Succeeded)
        {
            Findings = outcome.Findings;
            Problem = outcome.Problem ?? "Some answers need fixing before they can be saved. Nothing was saved.";
            return null;
        }
        var added = await revisions.AddAsync(latest.Child, outcome.Ready!, outcome.PreferredName,
            User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "", note, HttpContext.RequestAborted);
        await audit.RecordAsync(User.Identity?.Name ?? "", AuditActions.Edit, Id, $"revision {added.Number}: {auditDetail}", HttpContext.RequestAborted);
        // The words of this form's draft, if it had one, are in the new version now.
        await HttpContext.RequestServices.GetRequiredService<DraftStore>().CloseAsync(
            User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "", Id, Request.Path.Value ?? "", HttpContext.RequestAborted);
        return added.Number;
    }

    public static Case Load(string yaml) =>
        CaseLoader.LoadBytes(Encoding.UTF8.GetBytes(yaml), Path.GetTempPath()).Case?.Model
        ?? throw new InvalidOperationException("A stored version of a case no longer loads.");

    protected sealed record Latest(ChildRecord Child, CaseRevision Revision, CaseFolderContents Contents, string Yaml, Case Model);
}
