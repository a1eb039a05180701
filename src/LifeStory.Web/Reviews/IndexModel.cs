using LifeStory.Web.Accounts;
using LifeStory.Web.Reviews.Sending;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LifeStory.Web.Reviews;

/// <summary>The IRO's week: reviews overdue and due, and the letters that follow them, for the children this user follows.</summary>
public sealed class IndexModel(Caseload caseload, CouncilRules councilRules, TimeProvider clock, DistributionList lists) : PageModel
{
    public ReviewDashboard Dashboard { get; private set; } = new(default, [], [], []);

    public ReviewRules Rules { get; private set; } = null!; // set by OnGetAsync, before the page is drawn

    public bool IsManager => User.IsInRole(Roles.TeamManager);

    public int Children { get; private set; }

    public async Task OnGetAsync()
    {
        var children = await caseload.ForAsync(User, HttpContext.RequestAborted);
        Children = children.Count;
        Rules = await councilRules.CurrentAsync(HttpContext.RequestAborted);
        Dashboard = ReviewDashboard.Build(children, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), Rules);
        _recipients = (await lists.RowsForAsync(children.Select(c => c.Id).ToList(), HttpContext.RequestAborted)).ToLookup(r => (r.ChildId, r.ReviewDate));
    }

    private ILookup<(Guid, DateOnly), LetterRecipient> _recipients = Array.Empty<LetterRecipient>().ToLookup(r => (r.ChildId, r.ReviewDate));

    /// <summary>The "Sent" cell: how many on the letter's list have had it, and how many hold a version since corrected.</summary>
    public string SentFor(ReviewLetter letter) => !letter.Written ? "Not written yet"
        : SentColumn.Describe(_recipients[(letter.Child.Id, letter.ReviewDate)].ToList(), letter.Child.Model.Reviews.FirstOrDefault(r => r.Date == letter.ReviewDate));
}
