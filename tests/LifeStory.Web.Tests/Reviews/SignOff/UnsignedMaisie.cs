using System.Text;
using LifeStory.Web.Accounts;
using LifeStory.Web.Children;
using LifeStory.Web.Storage;
using LifeStory.Web.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace LifeStory.Web.Tests.Reviews.SignOff;

/// <summary>
/// Maisie's case as it was before her IRO signed the record of her September review: the sample with that one
/// signature taken out, imported by the demo social worker and allocated to the demo IRO, on 23 November 2026.
/// </summary>
public static class UnsignedMaisie
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    public const string Review = "2026-09-15";

    public const string Signature = "    signed:\n      - { by: mark, date: 2026-09-18 }\n";

    /// <summary>The sample's case.yaml, signed as the IRO signs it on <see cref="Now"/>.</summary>
    public static string SignedToday => Sample.Replace(Signature, "    signed:\n      - { by: mark, date: 2026-11-23 }\n", StringComparison.Ordinal);

    public static string Sample => Encoding.UTF8.GetString(Samples.Folder("maisie").Find("case.yaml")!.Content);

    public static string Yaml => Sample.Replace(Signature, "", StringComparison.Ordinal);

    public static async Task<Guid> CreateAsync(WebHost host, string? yaml = null) => await host.WithScopeAsync(async s =>
    {
        var users = s.GetRequiredService<UserManager<Account>>();
        var imports = s.GetRequiredService<ChildImports>();
        var db = s.GetRequiredService<LifeStory.Web.Data.LifeStoryDb>();
        var sam = await users.FindByNameAsync("sam.social") ?? throw new InvalidOperationException("no demo social worker");
        var iris = await users.FindByNameAsync("iris.iro") ?? throw new InvalidOperationException("no demo IRO");
        var contents = Samples.Folder("maisie").With(new CaseFile("case.yaml", Encoding.UTF8.GetBytes(yaml ?? Yaml)));
        var outcome = CaseChecks.Run(contents, imports.Today);
        if (!outcome.Succeeded) throw new InvalidOperationException(string.Join('\n', outcome.Findings));
        var child = await imports.CreateAsync(sam, sam.TeamId!.Value, outcome, CancellationToken.None);
        db.Allocations.Add(new Allocation { AccountId = iris.Id, ChildId = child.Id });
        await db.SaveChangesAsync();
        return child.Id;
    });
}
