using System.Security.Claims;
using LifeStory.Web.Accounts;
using LifeStory.Web.Audit;
using LifeStory.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace LifeStory.Web.Security;

/// <summary>
/// The one place that decides who may see or do what to which child. Every page and download asks here;
/// no page decides for itself. A social worker and an IRO see the children allocated to them; a team manager
/// sees the team's children; an administrator sees none. Refusals are written to the audit trail.
/// </summary>
public sealed class ChildAccess(LifeStoryDb db, AuditLog audit)
{
    private static readonly Dictionary<string, ChildAction[]> Allowed = new()
    {
        [Roles.SocialWorker] = [ChildAction.View, ChildAction.Change, ChildAction.Generate, ChildAction.Export],
        // The IRO chairs the review, writes and signs its record and sends its letters; a social worker reads it but does not write it.
        [Roles.Iro] = [ChildAction.View, ChildAction.Generate, ChildAction.SendLetters, ChildAction.RecordReview, ChildAction.SignReview],
        [Roles.TeamManager] = [ChildAction.View, ChildAction.Change, ChildAction.Generate, ChildAction.Export, ChildAction.SignOff, ChildAction.SeeAudit, ChildAction.RecordReview],
    };

    public async Task<AccessDecision> DecideAsync(ClaimsPrincipal user, Guid childId, ChildAction action, CancellationToken cancel = default)
    {
        var decision = await DecideQuietlyAsync(user, childId, action, cancel);
        if (decision != AccessDecision.Allowed)
            await audit.RecordAsync(user.Identity?.Name ?? "anonymous", AuditActions.Denied, childId, action.ToString().ToLowerInvariant(), cancel);
        return decision;
    }

    /// <summary>Whether to offer a button: the same decision, not audited, because nothing was attempted.</summary>
    public async Task<bool> DecideQuietAsync(ClaimsPrincipal user, Guid childId, ChildAction action, CancellationToken cancel = default) =>
        await DecideQuietlyAsync(user, childId, action, cancel) == AccessDecision.Allowed;

    /// <summary>The ids of the children this user may see, for lists: the same rule as <see cref="DecideAsync"/>.</summary>
    public IQueryable<Guid> VisibleChildren(ClaimsPrincipal user)
    {
        var accountId = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
        if (user.IsInRole(Roles.TeamManager))
        {
            var team = db.Users.Where(u => u.Id == accountId).Select(u => u.TeamId);
            return db.Children.Where(c => team.Contains(c.TeamId)).Select(c => c.Id);
        }
        if (user.IsInRole(Roles.SocialWorker) || user.IsInRole(Roles.Iro))
            return db.Allocations.Where(a => a.AccountId == accountId).Select(a => a.ChildId);
        return db.Children.Where(_ => false).Select(c => c.Id);
    }

    private async Task<AccessDecision> DecideQuietlyAsync(ClaimsPrincipal user, Guid childId, ChildAction action, CancellationToken cancel)
    {
        if (user.Identity?.IsAuthenticated != true) return AccessDecision.NotFound;
        if (!await VisibleChildren(user).AnyAsync(id => id == childId, cancel)) return AccessDecision.NotFound;
        var roles = Allowed.Where(r => user.IsInRole(r.Key)).SelectMany(r => r.Value);
        return roles.Contains(action) ? AccessDecision.Allowed : AccessDecision.Forbidden;
    }
}
