using System.Text;
using LifeStory.Web.Accounts;
using LifeStory.Web.Children;
using LifeStory.Web.Data;
using LifeStory.Web.Storage;
using LifeStory.Web.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LifeStory.Web.Tests.Documents.Languages;

/// <summary>A sample imported by the demo social worker (as her own child, the demo IRO allocated), optionally with its case.yaml changed first.</summary>
public static class LanguageChild
{
    public static Task<Guid> ImportAsync(WebHost host, string sample, Func<string, string>? change = null) => host.WithScopeAsync(async s =>
    {
        var db = s.GetRequiredService<LifeStoryDb>();
        var users = s.GetRequiredService<UserManager<Account>>();
        var imports = s.GetRequiredService<ChildImports>();
        var sam = await users.FindByNameAsync("sam.social") ?? throw new InvalidOperationException("no demo social worker");
        var iris = await users.FindByNameAsync("iris.iro") ?? throw new InvalidOperationException("no demo IRO");
        var folder = Samples.Folder(sample);
        if (change is not null)
            folder = new CaseFolderContents(folder.Files.Select(f => f.Path == "case.yaml"
                ? new CaseFile("case.yaml", Encoding.UTF8.GetBytes(change(Encoding.UTF8.GetString(f.Content).Replace("\r\n", "\n", StringComparison.Ordinal)))) : f).ToList());
        var outcome = CaseChecks.Run(folder, imports.Today);
        if (!outcome.Succeeded) throw new InvalidOperationException(string.Join('\n', outcome.Findings));
        var made = await imports.CreateAsync(sam, sam.TeamId!.Value, outcome, CancellationToken.None);
        db.Allocations.Add(new Allocation { AccountId = iris.Id, ChildId = made.Id });
        await db.SaveChangesAsync();
        return made.Id;
    });

    /// <summary>Maisie's birth mum Kelly marked as needing easy read, as a social worker writes it in case.yaml.</summary>
    public static string KellyNeedsEasyRead(string yaml)
    {
        const string Kelly = "    group: birth_family\n    known_as: Mum Kelly\n";
        if (!yaml.Contains(Kelly, StringComparison.Ordinal)) throw new InvalidOperationException("The sample's Kelly has changed: update LanguageChild.");
        return yaml.Replace(Kelly, Kelly + "    needs: [easy_read]\n", StringComparison.Ordinal);
    }

    public static Task<List<string>> AuditAsync(WebHost host, Guid child, string action) => host.WithScopeAsync(s =>
        s.GetRequiredService<LifeStoryDb>().AuditEntries.AsNoTracking().Where(e => e.ChildId == child && e.Action == action).OrderBy(e => e.Id).Select(e => e.Detail).ToListAsync());
}
