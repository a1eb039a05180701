using LifeStory.Web.Audit;
using LifeStory.Web.Children;
using LifeStory.Web.Data;
using LifeStory.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace LifeStory.Web.Editing;

/// <summary>One list of the case (people, homes, schools, the timeline, the child's words): each item on a line, with Add, Edit and Remove.</summary>
public sealed class ListItemsModel(ChildAccess access, LifeStoryDb db, RevisionStore revisions, ChildImports imports, AuditLog audit)
    : CaseEditPage(access, db, revisions, imports, audit)
{
    [BindProperty(SupportsGet = true)] public string List { get; set; } = "";

    public CaseList Section { get; private set; } = CaseLists.All[0];

    public IReadOnlyList<string> Summaries { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? saved)
    {
        if (CaseLists.Find(List) is not { } section) return NotFound();
        Section = section;
        if (await RefuseAsync(Id, ChildAction.Change) is { } refused) return refused;
        if (await LatestAsync() is not { } latest) return NotFound();
        await Audit.RecordAsync(User.Identity?.Name ?? "", AuditActions.View, Id, $"{section.Key} list", HttpContext.RequestAborted);
        Summaries = section.Items(latest.Model).Select(section.Summary).ToList();
        BaseRevision = latest.Revision.Number;
        if (saved is { } number) Message = $"Saved as version {number}.";
        return Page();
    }
}
