using System.Security.Claims;
using LifeStory.Cases.Loading;
using LifeStory.Reviews.Timescales;
using LifeStory.Web.Children;
using LifeStory.Web.Data;
using LifeStory.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace LifeStory.Web.Reviews;

/// <summary>
/// The children whose reviews this user follows, with each one's schedule: an IRO's allocated children, a team
/// manager's team's. Which children is <see cref="ChildAccess"/>'s decision, as everywhere else; archived children
/// have no reviews due.
/// </summary>
public sealed class Caseload(LifeStoryDb db, ChildAccess access, RevisionStore revisions, CouncilRules councilRules)
{
    public async Task<IReadOnlyList<ChildReviews>> ForAsync(ClaimsPrincipal user, CancellationToken cancel)
    {
        var visible = access.VisibleChildren(user);
        var children = await db.Children.AsNoTracking().Where(c => visible.Contains(c.Id) && c.ArchivedUtc == null).ToListAsync(cancel);
        var rules = await councilRules.CurrentAsync(cancel);
        var result = new List<ChildReviews>();
        foreach (var child in children)
        {
            var latest = await revisions.LatestAsync(child.Id, cancel);
            if (latest is null || await revisions.ReadFileAsync(latest, "case.yaml", cancel) is not { } yaml) continue;
            // Only case.yaml is decrypted and read: the schedule needs dates, never the child's pictures.
            if (CaseLoader.LoadBytes(yaml, Path.GetTempPath()).Case?.Model is not { } model) continue;
            result.Add(new ChildReviews(child.Id, revisions.NameOf(child), Admin.IndexModel.ReferenceOf(child.Id), Initials(model.Child.LegalName),
                model, ReviewSchedule.For(model, rules.Timescales, rules.Days)));
        }
        return result.OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase).ThenBy(c => c.Reference, StringComparer.Ordinal).ToList();
    }

    /// <summary>"Maisie Rose Clarke" → "MRC".</summary>
    public static string Initials(string name) =>
        string.Concat(name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0])));
}
