using System.Security.Claims;
using LifeStory.Web.Accounts;
using LifeStory.Web.Audit;
using LifeStory.Web.CouncilTemplates;
using LifeStory.Web.Data;
using LifeStory.Web.Storage;
using Microsoft.EntityFrameworkCore;

namespace LifeStory.Web.Children;

/// <summary>Brings a case folder in: as a new child, or as the next revision of a child already here.</summary>
public sealed class ChildImports(LifeStoryDb db, RevisionStore revisions, AuditLog audit, TimeProvider clock, LiveTemplates templates)
{
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>`lifestory check` on a case folder with the council's live templates (their word lists count), then its pictures cleaned.</summary>
    public async Task<ImportOutcome> CheckAsync(CaseFolderContents contents, CancellationToken cancel = default) =>
        CaseChecks.Run(contents, Today, (await templates.CurrentAsync(cancel)).Folder);

    /// <summary>A new child in the importer's team, allocated to the importer when they are a social worker.</summary>
    public async Task<(Guid? ChildId, ImportOutcome Outcome)> NewChildAsync(ClaimsPrincipal user, CaseFolderContents contents, CancellationToken cancel)
    {
        var outcome = await CheckAsync(contents, cancel);
        if (!outcome.Succeeded) return (null, outcome);
        var account = await db.Users.SingleAsync(u => u.Id == user.FindFirstValue(ClaimTypes.NameIdentifier), cancel);
        if (account.TeamId is not { } team) return (null, ImportOutcome.Refused("Your account is not in a team, so a new child cannot be added. Ask an administrator."));
        var child = await CreateAsync(account, team, outcome, cancel);
        return (child.Id, outcome);
    }

    /// <summary>Used by the import page and by the Development seed: stores a checked case as revision 1 of a new child.</summary>
    public async Task<ChildRecord> CreateAsync(Account author, Guid team, ImportOutcome checkedCase, CancellationToken cancel)
    {
        var child = new ChildRecord { Id = Guid.NewGuid(), TeamId = team, CreatedUtc = clock.GetUtcNow().UtcDateTime };
        db.Children.Add(child);
        if (await IsSocialWorkerAsync(author)) db.Allocations.Add(new Allocation { AccountId = author.Id, ChildId = child.Id });
        var revision = await revisions.AddAsync(child, checkedCase.Ready!, checkedCase.PreferredName, author.Id, "Imported a case folder (new child)", cancel);
        await audit.RecordAsync(author.UserName ?? "", AuditActions.Import, child.Id, $"revision {revision.Number}", cancel);
        return child;
    }

    public async Task<ImportOutcome> NewRevisionAsync(ClaimsPrincipal user, Guid childId, CaseFolderContents contents, string note, CancellationToken cancel)
    {
        var outcome = await CheckAsync(contents, cancel);
        if (!outcome.Succeeded) return outcome;
        var child = await db.Children.SingleAsync(c => c.Id == childId, cancel);
        var revision = await revisions.AddAsync(child, outcome.Ready!, outcome.PreferredName, user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "", note, cancel);
        await audit.RecordAsync(user.Identity?.Name ?? "", AuditActions.Import, childId, $"revision {revision.Number}", cancel);
        return outcome;
    }

    private async Task<bool> IsSocialWorkerAsync(Account account) =>
        await db.UserRoles.AnyAsync(ur => ur.UserId == account.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.SocialWorker));
}
