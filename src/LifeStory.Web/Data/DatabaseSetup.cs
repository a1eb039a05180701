using LifeStory.Web.Accounts;
using LifeStory.Web.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LifeStory.Web.Data;

/// <summary>At start: apply any migrations not yet applied (forward only), make sure the roles exist, and in Development seed an empty database.</summary>
public static class DatabaseSetup
{
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<LifeStoryDb>();
        await db.Database.MigrateAsync();
        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
            if (!await roles.RoleExistsAsync(role))
                await roles.CreateAsync(new IdentityRole(role));
        var options = services.GetRequiredService<IOptions<LifeStoryOptions>>().Value;
        if (app.Environment.IsDevelopment() && options.SeedDemo && !await db.Users.AnyAsync())
            await services.GetRequiredService<DemoSeed>().RunAsync();
    }
}
