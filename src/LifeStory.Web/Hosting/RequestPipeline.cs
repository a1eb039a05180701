using LifeStory.Web.Security;

namespace LifeStory.Web.Hosting;

/// <summary>The order requests go through: errors, headers, static files, sign-in, the two-factor rule, pages.</summary>
public static class RequestPipeline
{
    public static void UseLifeStory(this WebApplication app)
    {
        // The same plain error page everywhere, Development included: a stack trace could show a child's details.
        app.UseExceptionHandler("/Shared/Error");
        app.UseStatusCodePagesWithReExecute("/Shared/Status", "?code={0}");
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }
        app.UseMiddleware<SecurityHeaders>();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<TwoFactorRule>();
        app.MapHealthChecks("/health/live", new() { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new() { Predicate = check => check.Tags.Contains("ready") });
        app.MapRazorPages();
    }
}
