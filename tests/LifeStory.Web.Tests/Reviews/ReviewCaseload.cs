using System.Text;
using LifeStory.Web.Accounts;
using LifeStory.Web.Children;
using LifeStory.Web.Data;
using LifeStory.Web.Storage;
using LifeStory.Web.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace LifeStory.Web.Tests.Reviews;

/// <summary>
/// Two teams' children with reviews in every state, on a clock fixed at Wednesday 3 March 2027. North team: Ada
/// (overdue, letter not written), Ben (first review due Friday), Cara (letter due today), allocated to Iris; Dev
/// (overdue) allocated to another IRO. South team: Eve (overdue), nobody's here. Every expected date is worked out by
/// hand in the case's comment.
/// </summary>
public sealed record ReviewCaseload(Guid Ada, Guid Ben, Guid Cara, Guid Dev, Guid Eve)
{
    public static readonly DateTimeOffset Now = new(2027, 3, 3, 10, 0, 0, TimeSpan.Zero);

    public const string Iro = "iris.iro";
    public const string OtherIro = "ian.iro";
    public const string Manager = "ruth.manager";
    public const string SocialWorker = "sam.social";

    // Reviews 25 June and 20 August 2026; the next is due 6 months after 20 August: Saturday 20 February 2027, so on
    // Wednesday 3 March it is 8 working days overdue (22-26 February, 1-3 March). It was planned for Thursday 18
    // February and nothing is recorded since: the letter is not written, and was due 5 working days after the 18th,
    // Thursday 25 February (19, 22, 23, 24, 25); 26 February and 1-3 March have gone by since, 4 working days overdue.
    public const string AdaCase = """
        child: { legal_name: Ada Jane Overdue, preferred_name: Ada, date_of_birth: 2016-02-02, pronouns: she, first_language: English }
        reviews:
          - date: 2026-06-25
            next_review: 2026-08-20
          - date: 2026-08-20
            next_review: 2027-02-18
        """;

    // Looked after on Friday 5 February 2027: 8-12 February (1-5), 15-19 (6-10), 22-26 (11-15), 1-5 March (16-20), so
    // the first review is due by Friday 5 March: 2 working days left (Thursday 4, Friday 5).
    public const string BenCase = """
        child: { legal_name: Ben Carl Due, preferred_name: Ben, date_of_birth: 2015-05-05, pronouns: he, first_language: English, looked_after_since: 2027-02-05 }
        """;

    // Reviewed on Wednesday 24 February 2027: the letter is due 5 working days later (25, 26 February, 1, 2, 3 March),
    // today, and the record 20 (… 22, 23, 24 March): Wednesday 24 March. The next review is planned for 20 August.
    public const string CaraCase = """
        child: { legal_name: Cara Lee Letter, preferred_name: Cara, date_of_birth: 2014-04-04, pronouns: she, first_language: English }
        reviews:
          - date: 2026-09-01
            next_review: 2027-02-24
          - date: 2027-02-24
            next_review: 2027-08-20
        """;

    // Reviewed 25 August 2026; due again by 25 February 2027, planned for the 19th, not recorded: overdue, letter not written.
    public const string DevCase = """
        child: { legal_name: Dev Ray Other, preferred_name: Dev, date_of_birth: 2013-03-03, pronouns: he, first_language: English }
        reviews:
          - date: 2026-08-25
            next_review: 2027-02-19
        """;

    public const string EveCase = """
        child: { legal_name: Eve May South, preferred_name: Eve, date_of_birth: 2012-02-02, pronouns: she, first_language: English }
        reviews:
          - date: 2026-08-25
            next_review: 2027-02-19
        """;

    public static async Task<ReviewCaseload> CreateAsync(WebHost host) => await host.WithScopeAsync(async s =>
    {
        var db = s.GetRequiredService<LifeStoryDb>();
        var users = s.GetRequiredService<UserManager<Account>>();
        var imports = s.GetRequiredService<ChildImports>();
        var north = new Team { Id = Guid.NewGuid(), Name = "North team" };
        var south = new Team { Id = Guid.NewGuid(), Name = "South team" };
        db.Teams.AddRange(north, south);
        await db.SaveChangesAsync();
        async Task<Account> Make(string userName, string role, Guid? team)
        {
            var account = new Account { UserName = userName, DisplayName = userName, TeamId = team };
            await users.CreateAsync(account, WebHost.Password);
            await users.AddToRoleAsync(account, role);
            return account;
        }
        var sam = await Make(SocialWorker, Roles.SocialWorker, north.Id);
        var southWorker = await Make("sol.social", Roles.SocialWorker, south.Id);
        await Make(Manager, Roles.TeamManager, north.Id);
        var iris = await Make(Iro, Roles.Iro, null);
        var ian = await Make(OtherIro, Roles.Iro, null);

        async Task<Guid> Child(string yaml, Account author, Guid team, Account iro)
        {
            var outcome = CaseChecks.Run(new CaseFolderContents([new CaseFile("case.yaml", Encoding.UTF8.GetBytes(yaml))]), imports.Today);
            if (!outcome.Succeeded) throw new InvalidOperationException(string.Join('\n', outcome.Findings));
            var child = await imports.CreateAsync(author, team, outcome, CancellationToken.None);
            db.Allocations.Add(new Allocation { AccountId = iro.Id, ChildId = child.Id });
            await db.SaveChangesAsync();
            return child.Id;
        }
        return new ReviewCaseload(
            await Child(AdaCase, sam, north.Id, iris), await Child(BenCase, sam, north.Id, iris), await Child(CaraCase, sam, north.Id, iris),
            await Child(DevCase, sam, north.Id, ian), await Child(EveCase, southWorker, south.Id, ian));
    });
}
