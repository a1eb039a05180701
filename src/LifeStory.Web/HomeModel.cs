using LifeStory.Web.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LifeStory.Web;

/// <summary>The front door: administrators go to accounts, everyone else to their children.</summary>
public sealed class HomeModel : PageModel
{
    public IActionResult OnGet() => Redirect(User.IsInRole(Roles.Administrator) ? "/Admin" : "/Children");
}
