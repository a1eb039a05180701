using LifeStory.Web.Accounts;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LifeStory.Web.Reviews;

/// <summary>The IRO's week: reviews overdue and due, and the letters that follow them, for the children this user follows.</summary>
public sealed class IndexModel(Caseload caseload, ReviewRules rules, TimeProvider clock) : PageModel
{
    public ReviewDashboard Dashboard { get; private set; } = new(default, [], [], []);

    public ReviewRules Rules => rules;

    public bool IsManager => User.IsInRole(Roles.TeamManager);

    public int Children { get; private set; }

    public async Task OnGetAsync()
    {
        var children = await caseload.ForAsync(User, HttpContext.RequestAborted);
        Children = children.Count;
        Dashboard = ReviewDashboard.Build(children, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), rules);
    }
}
