using System.Security.Cryptography;
using LifeStory.Web.Accounts;
using LifeStory.Web.Children;
using LifeStory.Web.Hosting;
using LifeStory.Web.Storage;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace LifeStory.Web.Data;

/// <summary>
/// Development only, on an empty database: one team, one demo account per role, and the two sample children
/// (imported through the same checks as any upload), allocated to the demo social worker and IRO. The passwords
/// are printed once to the console and never logged.
/// </summary>
public sealed class DemoSeed(LifeStoryDb db, UserManager<Account> users, ChildImports imports, IOptions<LifeStoryOptions> options, ILogger<DemoSeed> log)
{
    public static IReadOnlyList<(string UserName, string Name, string Role)> Accounts { get; } =
    [
        ("sam.social", "Sam Okafor", Roles.SocialWorker),
        ("ruth.manager", "Ruth Adams", Roles.TeamManager),
        ("iris.iro", "Iris Bell", Roles.Iro),
        ("alex.admin", "Alex Price", Roles.Administrator),
    ];

    public static IReadOnlyList<string> SampleNames { get; } = ["maisie", "yusuf"];

    public async Task RunAsync()
    {
        var team = new Team { Id = Guid.NewGuid(), Name = "North team" };
        db.Teams.Add(team);
        await db.SaveChangesAsync();
        var made = new Dictionary<string, Account>();
        Console.WriteLine("LifeStory demo accounts (shown once; Development only):");
        foreach (var (userName, name, role) in Accounts)
        {
            var password = options.Value.DemoPassword ?? NewPassword();
            var account = new Account
            {
                UserName = userName, DisplayName = name,
                TeamId = role is Roles.SocialWorker or Roles.TeamManager ? team.Id : null,
            };
            Require(await users.CreateAsync(account, password));
            Require(await users.AddToRoleAsync(account, role));
            made[role] = account;
            Console.WriteLine($"  {Roles.Describe(role),-15} {userName,-14} {password}");
        }
        foreach (var sample in SampleNames)
        {
            var folder = Path.Combine(AppContext.BaseDirectory, "samples", sample);
            if (!File.Exists(Path.Combine(folder, "case.yaml"))) continue;
            var outcome = await imports.CheckAsync(ReadFolder(folder));
            if (!outcome.Succeeded)
            {
                log.LogWarning("A sample case did not pass its checks and was not seeded.");
                continue;
            }
            var child = await imports.CreateAsync(made[Roles.SocialWorker], team.Id, outcome, CancellationToken.None);
            db.Allocations.Add(new Allocation { AccountId = made[Roles.Iro].Id, ChildId = child.Id });
            await db.SaveChangesAsync();
        }
    }

    /// <summary>A case folder from disk as an upload would bring it: the prepared-picture cache and old outputs left behind.</summary>
    public static CaseFolderContents ReadFolder(string folder) => new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
        .Select(path => Path.GetRelativePath(folder, path).Replace('\\', '/'))
        .Where(path => !path.StartsWith("output/", StringComparison.Ordinal) && !path.StartsWith(".lifestory-cache/", StringComparison.Ordinal))
        .Select(path => new CaseFile(path, File.ReadAllBytes(Path.Combine(folder, path)))));

    private static string NewPassword() => "Demo-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(8));

    private static void Require(IdentityResult result)
    {
        if (!result.Succeeded) throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
    }
}
