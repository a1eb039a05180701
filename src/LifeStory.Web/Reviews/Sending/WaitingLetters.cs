using System.Security.Claims;
using LifeStory.Web.Security;

namespace LifeStory.Web.Reviews.Sending;

/// <summary>
/// The copies of signed letters not yet sent — never sent, or sent before a correction — of the children this user
/// may send letters for. Unsigned reviews' lists are left out: their letters are not final.
/// </summary>
public sealed class WaitingLetters(Caseload caseload, ChildAccess access, DistributionList list)
{
    public async Task<IReadOnlyList<(ReviewLetters Letters, RecipientLine Line)>> ForAsync(ClaimsPrincipal user, CancellationToken cancel)
    {
        var children = new List<Guid>();
        foreach (var child in await caseload.ForAsync(user, cancel))
            if (await access.DecideQuietAsync(user, child.Id, ChildAction.SendLetters, cancel)) children.Add(child.Id);
        var rows = await list.RowsForAsync(children, cancel);
        var waiting = new List<(ReviewLetters, RecipientLine)>();
        foreach (var review in rows.Select(r => (r.ChildId, r.ReviewDate)).Distinct())
        {
            if (await list.LoadAsync(review.ChildId, review.ReviewDate, cancel) is not { Signed: true } letters) continue;
            waiting.AddRange(letters.Recipients.Where(r => r.Waiting).Select(r => (letters, r)));
        }
        return waiting.OrderBy(w => w.Item1.ChildName, StringComparer.OrdinalIgnoreCase).ThenBy(w => w.Item1.Review.Date).ToList();
    }
}
