using LifeStory.Cases.Editing;
using LifeStory.Web.Audit;
using LifeStory.Web.Children;
using LifeStory.Web.Data;
using LifeStory.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace LifeStory.Web.Editing;

/// <summary>
/// Taking an item out of a case list, after asking. Nothing is lost: the version before stays in the record's
/// history and can be brought back. The CLI's checks still run, so an item something else points at stays.
/// </summary>
public sealed class ListItemRemoveModel(ChildAccess access, LifeStoryDb db, RevisionStore revisions, ChildImports imports, AuditLog audit)
    : CaseEditPage(access, db, revisions, imports, audit)
{
    [BindProperty(SupportsGet = true)] public string List { get; set; } = "";

    [BindProperty(SupportsGet = true)] public int Index { get; set; }

    /// <summary>The item's summary when the question was asked: a save removes only that same item.</summary>
    [BindProperty] public string OpenedAs { get; set; } = "";

    public CaseList Section { get; private set; } = CaseLists.All[0];

    public async Task<IActionResult> OnGetAsync()
    {
        if (CaseLists.Find(List) is not { } section) return NotFound();
        Section = section;
        if (await RefuseAsync(Id, ChildAction.Change) is { } refused) return refused;
        if (await LatestAsync() is not { } latest) return NotFound();
        var items = section.Items(latest.Model);
        if (Index < 0 || Index >= items.Count) return NotFound();
        OpenedAs = section.Summary(items[Index]);
        BaseRevision = latest.Revision.Number;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (CaseLists.Find(List) is not { } section) return NotFound();
        Section = section;
        if (await RefuseAsync(Id, ChildAction.Change) is { } refused) return refused;
        if (await LatestAsync() is not { } latest) return NotFound();
        var items = section.Items(latest.Model);
        if (Index < 0 || Index >= items.Count || section.Summary(items[Index]) != OpenedAs)
        {
            Problem = $"Someone else changed the {section.Title.ToLowerInvariant()} list since you asked, so nothing was taken out. Open the list again.";
            return Page();
        }
        var edited = ListItems.Remove(latest.Yaml, section.Key, Index);
        if (edited.Yaml is null)
        {
            Problem = edited.Problem;
            return Page();
        }
        var saved = await SaveAsync(latest, edited.Yaml, $"Took out a {section.Noun} in the form", $"removed {section.Key}[{Index}]");
        if (saved is null) Problem = $"This {section.Noun} cannot be taken out yet: other parts of the case still need it. Nothing was saved.";
        return saved is { } number ? Redirect($"/Children/{Id}/Edit/{section.Slug}?saved={number}") : Page();
    }
}
