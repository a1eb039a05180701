using LifeStory.Web.Accounts;
using LifeStory.Web.Children;
using LifeStory.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LifeStory.Web.Tests.Support;

/// <summary>
/// Two children for the access matrix. Own: a copy of Maisie imported by the demo social worker (so allocated to her,
/// in the demo manager's team) and allocated to the demo IRO. Other: a copy of Yusuf in another team, imported by
/// that team's social worker, allocated to nobody the demo accounts are.
/// </summary>
public sealed record MatrixChildren(Guid Own, Guid Other)
{
    public const string OtherSocialWorker = "other.social";

    public static async Task<MatrixChildren> CreateAsync(WebHost host) => await host.WithScopeAsync(async s =>
    {
        var db = s.GetRequiredService<LifeStoryDb>();
        var users = s.GetRequiredService<UserManager<Account>>();
        var imports = s.GetRequiredService<ChildImports>();
        var sam = await users.FindByNameAsync("sam.social") ?? throw new InvalidOperationException("no demo social worker");
        var iris = await users.FindByNameAsync("iris.iro") ?? throw new InvalidOperationException("no demo IRO");
        var south = new Team { Id = Guid.NewGuid(), Name = "South team" };
        db.Teams.Add(south);
        await db.SaveChangesAsync();
        var other = new Account { UserName = OtherSocialWorker, DisplayName = "Olu Other", TeamId = south.Id };
        await users.CreateAsync(other, WebHost.Password);
        await users.AddToRoleAsync(other, Roles.SocialWorker);

        var own = await imports.CreateAsync(sam, sam.TeamId!.Value, CaseChecks.Run(Samples.Folder("maisie"), imports.Today), CancellationToken.None);
        db.Allocations.Add(new Allocation { AccountId = iris.Id, ChildId = own.Id });
        await db.SaveChangesAsync();
        var theirs = await imports.CreateAsync(other, south.Id, CaseChecks.Run(Samples.Folder("yusuf"), imports.Today), CancellationToken.None);
        return new MatrixChildren(own.Id, theirs.Id);
    });
}
