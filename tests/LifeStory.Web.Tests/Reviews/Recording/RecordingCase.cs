using System.Text;
using LifeStory.Web.Accounts;
using LifeStory.Web.Children;
using LifeStory.Web.Data;
using LifeStory.Web.Storage;
using LifeStory.Web.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace LifeStory.Web.Tests.Reviews.Recording;

/// <summary>
/// Amira, 8, in foster care with Jo since January 2026, with one review held on 2 February and a signed one on 2
/// March; the clock is Monday 20 July 2026. Iris is her IRO, Sam her social worker, Ruth their team manager.
/// </summary>
public sealed record RecordingCase(Guid Child)
{
    public static readonly DateTimeOffset Now = new(2026, 7, 20, 9, 0, 0, TimeSpan.Zero);

    public const string Iro = "iris.iro";
    public const string Manager = "ruth.manager";
    public const string SocialWorker = "sam.social";

    public const string Yaml = """
        child:
          legal_name: Amira Test Example
          preferred_name: Amira
          date_of_birth: 2018-03-01
          pronouns: she
          first_language: English
          looked_after_since: 2026-01-05

        people:
          - id: jo
            name: Jo Carer
            relationship: my foster carer
            group: carers
          - id: nan
            name: Nan Example
            relationship: my nan
            group: birth_family
            known_as: Nan
          - id: david
            name: David Chair
            relationship: the person who runs my meetings
            group: iro

        # Reviews, oldest first.
        reviews:
          - date: 2026-02-02
            iro: david
            child_came: true
            next_review: 2026-03-02
          - date: 2026-03-02
            iro: david
            child_came: true
            going_well:
              - You are reading every night.
            next_review: 2026-09-01
            signed:
              - by: david
                date: 2026-03-05
        """;

    /// <param name="yaml">The case to start from: <see cref="Yaml"/> unless a test needs more (a conference).</param>
    public static async Task<RecordingCase> CreateAsync(WebHost host, string? yaml = null) => await host.WithScopeAsync(async s =>
    {
        var db = s.GetRequiredService<LifeStoryDb>();
        var users = s.GetRequiredService<UserManager<Account>>();
        var imports = s.GetRequiredService<ChildImports>();
        var team = new Team { Id = Guid.NewGuid(), Name = "North team" };
        db.Teams.Add(team);
        await db.SaveChangesAsync();
        async Task<Account> Make(string userName, string role, Guid? teamId)
        {
            var account = new Account { UserName = userName, DisplayName = userName, TeamId = teamId };
            await users.CreateAsync(account, WebHost.Password);
            await users.AddToRoleAsync(account, role);
            return account;
        }
        var sam = await Make(SocialWorker, Roles.SocialWorker, team.Id);
        await Make(Manager, Roles.TeamManager, team.Id);
        var iris = await Make(Iro, Roles.Iro, null);
        var outcome = CaseChecks.Run(new CaseFolderContents([new CaseFile("case.yaml", Encoding.UTF8.GetBytes(yaml ?? Yaml))]), imports.Today);
        if (!outcome.Succeeded) throw new InvalidOperationException(string.Join('\n', outcome.Findings));
        var child = await imports.CreateAsync(sam, team.Id, outcome, CancellationToken.None);
        db.Allocations.Add(new Allocation { AccountId = iris.Id, ChildId = child.Id });
        await db.SaveChangesAsync();
        return new RecordingCase(child.Id);
    });

    /// <summary>The latest version's case.yaml, as stored.</summary>
    public async Task<string> LatestYamlAsync(WebHost host) => await host.WithScopeAsync(async s =>
    {
        var revisions = s.GetRequiredService<RevisionStore>();
        var latest = await revisions.LatestAsync(Child, CancellationToken.None) ?? throw new InvalidOperationException("no revision");
        return Encoding.UTF8.GetString(await revisions.ReadFileAsync(latest, "case.yaml", CancellationToken.None) ?? []);
    });

    public string Page(string date) => $"/Children/{Child}/Reviews/Record?date={date}";
}
