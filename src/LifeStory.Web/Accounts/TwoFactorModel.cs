using LifeStory.Web.Audit;
using LifeStory.Web.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace LifeStory.Web.Accounts;

/// <summary>The second step of signing in: a TOTP code from the authenticator app set up on the security page.</summary>
[EnableRateLimiting(ServiceSetup.SignInLimit)]
public sealed class TwoFactorModel(SignInManager<Account> signIn, AuditLog audit) : PageModel
{
    [BindProperty] public string Code { get; set; } = "";

    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Accounts/SignIn") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var account = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (account is null) return RedirectToPage("/Accounts/SignIn");
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(Code.Replace(" ", "", StringComparison.Ordinal), isPersistent: false, rememberClient: false);
        if (result.Succeeded)
        {
            await audit.RecordAsync(account.UserName ?? "", AuditActions.SignIn, null, "password and authenticator code");
            return LocalRedirect(SignInModel.LocalOrHome(ReturnUrl));
        }
        await audit.RecordAsync(account.UserName ?? "", AuditActions.SignInFailed, null, result.IsLockedOut ? "locked out" : "wrong authenticator code");
        Problem = result.IsLockedOut ? "This account is locked for 15 minutes after too many wrong codes." : "That code is not right. Codes change every 30 seconds: try the newest one.";
        return Page();
    }
}
