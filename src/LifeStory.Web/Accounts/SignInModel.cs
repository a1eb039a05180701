using LifeStory.Web.Audit;
using LifeStory.Web.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace LifeStory.Web.Accounts;

/// <summary>Sign in with user name and password; lockout after five failures; then the authenticator code when set up.</summary>
[EnableRateLimiting(ServiceSetup.SignInLimit)]
public sealed class SignInModel(SignInManager<Account> signIn, AuditLog audit) : PageModel
{
    [BindProperty] public string UserName { get; set; } = "";

    [BindProperty] public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public string? Problem { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await signIn.PasswordSignInAsync(UserName, Password, isPersistent: false, lockoutOnFailure: true);
        if (result.RequiresTwoFactor) return RedirectToPage("/Accounts/TwoFactor", new { ReturnUrl = LocalOrHome(ReturnUrl) });
        if (result.Succeeded)
        {
            await audit.RecordAsync(UserName, AuditActions.SignIn, null, "password");
            return LocalRedirect(LocalOrHome(ReturnUrl));
        }
        await audit.RecordAsync(UserName, AuditActions.SignInFailed, null, result.IsLockedOut ? "locked out" : "wrong user name or password");
        Problem = result.IsLockedOut
            ? "This account is locked for 15 minutes after too many wrong passwords. Wait, or ask an administrator."
            : "The user name or password is not right. Check them and try again.";
        Password = "";
        return Page();
    }

    public static string LocalOrHome(string? url) => !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal) ? url : "/";
}
