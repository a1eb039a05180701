using System.Security.Claims;
using LifeStory.Web.Accounts;
using LifeStory.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace LifeStory.Web.Security;

/// <summary>
/// When an administrator requires two-factor sign-in, anyone signed in without an authenticator set up is sent to
/// set one up, and can do nothing else until they have.
/// </summary>
public sealed class TwoFactorRule(LifeStoryDb db, IMemoryCache cache) : IMiddleware
{
    public const string SetUpPath = "/Accounts/Security";

    public static string CacheKey(string accountId) => "2fa:" + accountId;

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var path = context.Request.Path;
        if (context.User.Identity?.IsAuthenticated == true && !path.StartsWithSegments("/Accounts") && !path.StartsWithSegments("/health")
            && !path.StartsWithSegments("/lib") && !path.StartsWithSegments("/css")
            && await RequiredAsync() && !await EnabledAsync(context.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? ""))
        {
            context.Response.Redirect(SetUpPath);
            return;
        }
        await next(context);
    }

    public static void Forget(IMemoryCache cache)
    {
        cache.Remove(Setting.RequireTwoFactor);
    }

    private async Task<bool> RequiredAsync() =>
        await cache.GetOrCreateAsync(Setting.RequireTwoFactor, async entry =>
        {
            entry.Size = 1;
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(30);
            return await db.Settings.AnyAsync(s => s.Key == Setting.RequireTwoFactor && s.Value == "true");
        });

    private async Task<bool> EnabledAsync(string accountId) =>
        await cache.GetOrCreateAsync(CacheKey(accountId), async entry =>
        {
            entry.Size = 1;
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(1);
            return await db.Users.AnyAsync(u => u.Id == accountId && u.TwoFactorEnabled);
        });
}
