using LifeStory.Web.Audit;
using LifeStory.Web.Data;
using LifeStory.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace LifeStory.Web.Accounts;

/// <summary>Sets up the authenticator (TOTP) for two-step sign-in, with Identity's own key and code checks.</summary>
public sealed class SecurityModel(UserManager<Account> users, SignInManager<Account> signIn, LifeStoryDb db, IMemoryCache cache, AuditLog audit) : PageModel
{
    public bool Enabled { get; private set; }

    public bool Required { get; private set; }

    public string SharedKey { get; private set; } = "";

    public string AuthenticatorUri { get; private set; } = "";

    public string? Message { get; private set; }

    [BindProperty] public string Code { get; set; } = "";

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostEnableAsync()
    {
        var account = await users.GetUserAsync(User) ?? throw new InvalidOperationException("Signed in without an account.");
        var valid = await users.VerifyTwoFactorTokenAsync(account, users.Options.Tokens.AuthenticatorTokenProvider, Code.Replace(" ", "", StringComparison.Ordinal));
        if (!valid)
        {
            Message = "That code is not right. Codes change every 30 seconds: try the newest one.";
            await LoadAsync();
            return Page();
        }
        await users.SetTwoFactorEnabledAsync(account, true);
        cache.Remove(TwoFactorRule.CacheKey(account.Id));
        await signIn.RefreshSignInAsync(account);
        await audit.RecordAsync(account.UserName ?? "", AuditActions.Accounts, null, "turned on two-step sign-in");
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        var account = await users.GetUserAsync(User) ?? throw new InvalidOperationException("Signed in without an account.");
        if (await RequiredAsync()) return StatusCode(StatusCodes.Status403Forbidden);
        await users.SetTwoFactorEnabledAsync(account, false);
        await users.ResetAuthenticatorKeyAsync(account);
        cache.Remove(TwoFactorRule.CacheKey(account.Id));
        await audit.RecordAsync(account.UserName ?? "", AuditActions.Accounts, null, "turned off two-step sign-in");
        return RedirectToPage();
    }

    private Task<bool> RequiredAsync() => db.Settings.AnyAsync(s => s.Key == Setting.RequireTwoFactor && s.Value == "true");

    private async Task LoadAsync()
    {
        var account = await users.GetUserAsync(User) ?? throw new InvalidOperationException("Signed in without an account.");
        Enabled = account.TwoFactorEnabled;
        Required = await RequiredAsync();
        var key = await users.GetAuthenticatorKeyAsync(account);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(account);
            key = await users.GetAuthenticatorKeyAsync(account) ?? "";
        }
        SharedKey = string.Join(' ', key.Chunk(4).Select(c => new string(c))).ToLowerInvariant();
        AuthenticatorUri = $"otpauth://totp/LifeStory:{Uri.EscapeDataString(account.UserName ?? "")}?secret={key}&issuer=LifeStory&digits=6";
    }
}
