using LifeStory.Web.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LifeStory.Web.Accounts;

/// <summary>Sign out here, or everywhere (a new security stamp ends every other session at its next check).</summary>
public sealed class SignOutModel(SignInManager<Account> signIn, UserManager<Account> users, AuditLog audit) : PageModel
{
    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        await audit.RecordAsync(User.Identity?.Name ?? "", AuditActions.SignOut, null, "this browser");
        await signIn.SignOutAsync();
        return Redirect("/Accounts/SignIn");
    }

    public async Task<IActionResult> OnPostEverywhereAsync()
    {
        if (await users.GetUserAsync(User) is { } account) await users.UpdateSecurityStampAsync(account);
        await audit.RecordAsync(User.Identity?.Name ?? "", AuditActions.SignOut, null, "everywhere");
        await signIn.SignOutAsync();
        return Redirect("/Accounts/SignIn");
    }
}
