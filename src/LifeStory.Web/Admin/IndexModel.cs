using System.Security.Cryptography;
using LifeStory.Web.Accounts;
using LifeStory.Web.Audit;
using LifeStory.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace LifeStory.Web.Admin;

/// <summary>The administrator's page: accounts, teams, allocations, the two-step rule and the audit log.</summary>
public sealed class IndexModel(LifeStoryDb db, UserManager<Account> users, AuditLog audit, IMemoryCache cache) : PageModel
{
    public IReadOnlyList<AccountRow> Accounts { get; private set; } = [];

    public IReadOnlyList<Team> Teams { get; private set; } = [];

    public IReadOnlyList<ChildReferenceRow> Children { get; private set; } = [];

    public bool TwoFactorRequired { get; private set; }

    public AuditCheck Audit { get; private set; } = AuditCheck.Complete;

    public string? Message { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostTwoFactorAsync(bool required)
    {
        var setting = await db.Settings.FindAsync(Setting.RequireTwoFactor);
        if (setting is null) db.Settings.Add(new Setting { Key = Setting.RequireTwoFactor, Value = required ? "true" : "false" });
        else setting.Value = required ? "true" : "false";
        await db.SaveChangesAsync();
        cache.Remove(Setting.RequireTwoFactor);
        await audit.RecordAsync(Actor, AuditActions.Accounts, null, required ? "required two-step sign-in" : "made two-step sign-in optional");
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostAccountAsync(string newUserName, string newName, string newRole, Guid? newTeam)
    {
        if (!Roles.All.Contains(newRole)) return BadRequest();
        var password = "Lifestory-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(8));
        var account = new Account { UserName = newUserName.Trim(), DisplayName = newName.Trim(), TeamId = newTeam };
        var created = await users.CreateAsync(account, password);
        if (!created.Succeeded) Message = "The account was not added: " + string.Join(" ", created.Errors.Select(e => e.Description));
        else
        {
            await users.AddToRoleAsync(account, newRole);
            await audit.RecordAsync(Actor, AuditActions.Accounts, null, $"added {account.UserName} as {Roles.Describe(newRole)}");
            Message = $"Added {account.UserName}. Their first password is {password} — give it to them privately; it is not shown again.";
        }
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostTeamAsync(string teamName)
    {
        db.Teams.Add(new Team { Id = Guid.NewGuid(), Name = teamName.Trim() });
        await db.SaveChangesAsync();
        await audit.RecordAsync(Actor, AuditActions.Accounts, null, "added a team");
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostAllocateAsync(Guid childId, string accountId)
    {
        var account = await users.FindByIdAsync(accountId);
        if (account is null || !await db.Children.AnyAsync(c => c.Id == childId)) return NotFound();
        if (!await users.IsInRoleAsync(account, Roles.SocialWorker) && !await users.IsInRoleAsync(account, Roles.Iro)) return BadRequest();
        if (!await db.Allocations.AnyAsync(a => a.AccountId == accountId && a.ChildId == childId))
        {
            db.Allocations.Add(new Allocation { AccountId = accountId, ChildId = childId });
            await db.SaveChangesAsync();
            await audit.RecordAsync(Actor, AuditActions.Accounts, childId, $"allocated to {account.UserName}");
        }
        return RedirectToPage();
    }

    private string Actor => User.Identity?.Name ?? "";

    public static string ReferenceOf(Guid id) => "C-" + id.ToString("N")[..8].ToUpperInvariant();

    private async Task LoadAsync()
    {
        Teams = await db.Teams.AsNoTracking().OrderBy(t => t.Name).ToListAsync();
        var teams = Teams.ToDictionary(t => t.Id, t => t.Name);
        var roleNames = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name }).ToListAsync();
        var accounts = await db.Users.AsNoTracking().OrderBy(u => u.UserName).ToListAsync();
        Accounts = accounts.Select(a => new AccountRow(a.Id, a.UserName ?? "", a.DisplayName,
            Roles.Describe(roleNames.FirstOrDefault(r => r.UserId == a.Id)?.Name ?? ""),
            a.TeamId is { } t && teams.TryGetValue(t, out var name) ? name : "", a.TwoFactorEnabled)).ToList();
        var names = accounts.ToDictionary(a => a.Id, a => a.DisplayName);
        var allocations = await db.Allocations.AsNoTracking().ToListAsync();
        Children = (await db.Children.AsNoTracking().OrderBy(c => c.CreatedUtc).ToListAsync())
            .Select(c => new ChildReferenceRow(c.Id, ReferenceOf(c.Id), teams.GetValueOrDefault(c.TeamId, ""),
                allocations.Where(a => a.ChildId == c.Id).Select(a => names.GetValueOrDefault(a.AccountId, "")).ToList())).ToList();
        TwoFactorRequired = await db.Settings.AnyAsync(s => s.Key == Setting.RequireTwoFactor && s.Value == "true");
        Audit = await audit.CheckAsync();
    }
}
