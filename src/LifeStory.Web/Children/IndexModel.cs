using LifeStory.Cases.Editing;
using LifeStory.Checking;
using LifeStory.Web.Accounts;
using LifeStory.Web.Data;
using LifeStory.Web.Security;
using LifeStory.Web.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LifeStory.Web.Children;

/// <summary>The children this user may see, and adding a new child from a zipped case folder.</summary>
public sealed class IndexModel(LifeStoryDb db, ChildAccess access, RevisionStore revisions, ChildImports imports) : PageModel
{
    public IReadOnlyList<ChildSummary> Children { get; private set; } = [];

    public IReadOnlyList<Finding> Findings { get; private set; } = [];

    public string? Problem { get; private set; }

    public bool MayAdd => User.IsInRole(Roles.SocialWorker) || User.IsInRole(Roles.TeamManager);

    public async Task OnGetAsync() => await LoadAsync();

    /// <summary>The new child's first details, by case.yaml key, kept in the form when something needs fixing.</summary>
    [BindProperty] public Dictionary<string, string?> First { get; set; } = new() { ["first_language"] = "English" };

    /// <summary>A new child from nothing: their required details become version 1, and the details form opens.</summary>
    public async Task<IActionResult> OnPostNewAsync()
    {
        if (!MayAdd) return StatusCode(StatusCodes.Status403Forbidden);
        var yaml = FirstVersion.Yaml(First);
        var contents = new CaseFolderContents([new CaseFile("case.yaml", System.Text.Encoding.UTF8.GetBytes(yaml))]);
        var (childId, outcome) = await imports.NewChildAsync(User, contents, HttpContext.RequestAborted);
        if (childId is { } id) return Redirect($"/Children/{id}/Edit/Child");
        Findings = outcome.Findings;
        Problem = outcome.Problem ?? "Some details need fixing before the child can be added. Nothing was saved.";
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostImportAsync(IFormFile? upload)
    {
        if (!MayAdd) return StatusCode(StatusCodes.Status403Forbidden);
        if (upload is null || upload.Length == 0) Problem = "Choose the zipped case folder to upload.";
        else
        {
            await using var stream = upload.OpenReadStream();
            var (contents, problem) = CaseZip.Read(stream);
            Problem = problem;
            if (contents is not null)
            {
                var (childId, outcome) = await imports.NewChildAsync(User, contents, HttpContext.RequestAborted);
                if (childId is { } id) return Redirect($"/Children/{id}");
                Findings = outcome.Findings;
                Problem = outcome.Problem ?? "The case folder has problems to fix before it can be added. Nothing was saved.";
            }
        }
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        var visible = access.VisibleChildren(User);
        var rows = await db.Children.AsNoTracking().Where(c => visible.Contains(c.Id))
            .Select(c => new
            {
                Child = c,
                Count = db.Revisions.Count(r => r.ChildId == c.Id),
                Last = db.Revisions.Where(r => r.ChildId == c.Id).Max(r => (DateTime?)r.CreatedUtc),
            }).ToListAsync();
        Children = rows.Select(r => new ChildSummary(r.Child.Id, revisions.NameOf(r.Child), r.Count, r.Last ?? r.Child.CreatedUtc, r.Child.ArchivedUtc is not null))
            .OrderBy(c => c.Archived).ThenBy(c => c.Name, StringComparer.OrdinalIgnoreCase).ToList();
    }
}
