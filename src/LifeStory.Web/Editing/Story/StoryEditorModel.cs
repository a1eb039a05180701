using System.Security.Claims;
using System.Text;
using LifeStory.Cases.Editing;
using LifeStory.Cases.Loading;
using LifeStory.Cases.Model;
using LifeStory.Checking;
using LifeStory.Web.Audit;
using LifeStory.Web.Children;
using LifeStory.Web.Data;
using LifeStory.Web.Security;
using LifeStory.Web.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LifeStory.Web.Editing.Story;

/// <summary>
/// The story sections, written in Markdown in the browser: a list to choose from, add to or take from, and one
/// section at a time in a box with formatting buttons and a live preview. A save changes only what the person
/// changed in that section, runs the same checks as `lifestory check` (shown at the box), and becomes a new
/// version; someone else's save to the same section in between is shown, and the person's words are kept.
/// </summary>
public sealed partial class StoryEditorModel(ChildAccess access, LifeStoryDb db, RevisionStore revisions, ChildImports imports, AuditLog audit)
    : ChildPage(access)
{
    public static IReadOnlyList<(StoryPlace Place, string Words)> Places { get; } =
    [
        (StoryPlace.MyStory, "My story (its own chapter)"),
        (StoryPlace.WhyICouldNotStay, "Why I could not stay"),
        (StoryPlace.FamilyTime, "Family time"),
        (StoryPlace.MyFuture, "My future"),
    ];

    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }

    /// <summary>The section being edited: its id, "new" for a new one, or nothing to only list them.</summary>
    [BindProperty(SupportsGet = true)] public string? Section { get; set; }

    [BindProperty] public int BaseRevision { get; set; }

    [BindProperty] public string NewId { get; set; } = "";

    [BindProperty] public string Title { get; set; } = "";

    [BindProperty] public StoryPlace Place { get; set; } = StoryPlace.MyStory;

    [BindProperty] public string Markdown { get; set; } = "";

    [BindProperty] public string OriginalTitle { get; set; } = "";

    [BindProperty] public StoryPlace OriginalPlace { get; set; } = StoryPlace.MyStory;

    [BindProperty] public string OriginalMarkdown { get; set; } = "";

    public string Name { get; private set; } = "";

    public IReadOnlyList<StorySection> Sections { get; private set; } = [];

    /// <summary>Where the edited section sits in the list (its findings are about story[Index]).</summary>
    public int Index { get; private set; } = -1;

    public IReadOnlyList<Finding> Findings { get; private set; } = [];

    public string? Problem { get; private set; }

    public string? Message { get; private set; }

    /// <summary>What someone else saved in the same section meanwhile, shown under the box: title, place, words.</summary>
    public StorySection? Theirs { get; private set; }

    public bool IsNew => Section == "new";

    public IReadOnlyList<Finding> FindingsAt(string key) => Index < 0 ? [] :
        Findings.Where(f => f.Field == $"story[{Index}].{key}" || (key == "markdown" && f.Field == $"story[{Index}]")).ToList();

    /// <summary>Errors about the rest of the case stop a save too, so they are listed under the form.</summary>
    public IReadOnlyList<Finding> ErrorsElsewhere => Findings
        .Where(f => f.IsError && (Index < 0 || !f.Field.StartsWith($"story[{Index}]", StringComparison.Ordinal))).ToList();

    public async Task<IActionResult> OnGetAsync(int? saved)
    {
        if (await RefuseAsync(Id, ChildAction.Change) is { } refused) return refused;
        var latest = await revisions.LatestAsync(Id, HttpContext.RequestAborted);
        if (latest is null) return NotFound();
        await audit.RecordAsync(User.Identity?.Name ?? "", AuditActions.View, Id, "story editor");
        if (saved is { } number) Message = $"Saved as version {number}.";
        await FillAsync(latest);
        if (Section is not null && !IsNew && Index < 0) return NotFound();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await RefuseAsync(Id, ChildAction.Change) is { } refused) return refused;
        var cancel = HttpContext.RequestAborted;
        var latest = await revisions.LatestAsync(Id, cancel);
        if (latest is null) return NotFound();
        var child = await db.Children.SingleAsync(c => c.Id == Id, cancel);
        Name = revisions.NameOf(child);
        var contents = await revisions.ReadAsync(latest, cancel);
        var yaml = Encoding.UTF8.GetString(contents.Find("case.yaml")!.Content);
        Sections = Read(yaml).Story;
        Markdown = Markdown.ReplaceLineEndings("\n");
        var edited = IsNew ? Add(yaml) : Change(yaml, latest);
        if (edited is null) return Page();
        var outcome = await imports.CheckAsync(contents.With(new CaseFile("case.yaml", Encoding.UTF8.GetBytes(edited))), HttpContext.RequestAborted);
        if (IsNew) Index = Sections.Count;
        if (!outcome.Succeeded)
        {
            Findings = outcome.Findings;
            Problem = outcome.Problem ?? "Some answers need fixing before they can be saved. Nothing was saved.";
            return Page();
        }
        var id = IsNew ? NewId.Trim() : Section!;
        var added = await revisions.AddAsync(child, outcome.Ready!, outcome.PreferredName,
            User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "", "Changed the story in the editor", cancel);
        await audit.RecordAsync(User.Identity?.Name ?? "", AuditActions.Edit, Id, $"revision {added.Number}: story {id}", cancel);
        if (HtmxRequest.Is(Request)) HtmxRequest.Saved(Response);
        Section = id;
        await FillAsync(added);
        Message = $"Saved as version {added.Number}.";
        // What is worth checking in this section (jargon, reading level, voice) stays beside the box after the save.
        Findings = outcome.Findings.Where(f => f.Field.StartsWith($"story[{Index}]", StringComparison.Ordinal)).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(string remove)
    {
        if (await RefuseAsync(Id, ChildAction.Change) is { } refused) return refused;
        var cancel = HttpContext.RequestAborted;
        var latest = await revisions.LatestAsync(Id, cancel);
        if (latest is null) return NotFound();
        var child = await db.Children.SingleAsync(c => c.Id == Id, cancel);
        var contents = await revisions.ReadAsync(latest, cancel);
        var yaml = Encoding.UTF8.GetString(contents.Find("case.yaml")!.Content);
        var index = Read(yaml).Story.ToList().FindIndex(s => s.Id == remove);
        if (index < 0) return Redirect($"/Children/{Id}/Edit/Story");
        var edited = StorySectionEdit.Remove(yaml, index);
        var outcome = edited.Yaml is null ? ImportOutcome.Refused(edited.Problem!) : await imports.CheckAsync(contents.With(new CaseFile("case.yaml", Encoding.UTF8.GetBytes(edited.Yaml))), HttpContext.RequestAborted);
        if (!outcome.Succeeded)
        {
            Name = revisions.NameOf(child);
            await FillAsync(latest);
            Findings = outcome.Findings;
            Problem = outcome.Problem ?? "Taking this part out would leave something in the case that needs it. Nothing was changed.";
            return Page();
        }
        var added = await revisions.AddAsync(child, outcome.Ready!, outcome.PreferredName,
            User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "", "Took a part out of the story", cancel);
        await audit.RecordAsync(User.Identity?.Name ?? "", AuditActions.Edit, Id, $"revision {added.Number}: story {remove} taken out", cancel);
        return Redirect($"/Children/{Id}/Edit/Story?saved={added.Number}");
    }

    private async Task FillAsync(CaseRevision latest)
    {
        var child = await db.Children.AsNoTracking().SingleAsync(c => c.Id == Id);
        Name = revisions.NameOf(child);
        var yaml = Encoding.UTF8.GetString(await revisions.ReadFileAsync(latest, "case.yaml", HttpContext.RequestAborted) ?? []);
        Sections = Read(yaml).Story;
        BaseRevision = latest.Number;
        Index = Sections.ToList().FindIndex(s => s.Id == Section);
        if (Index < 0) return;
        var section = Sections[Index];
        (Title, Place, Markdown) = (section.Title, section.Place, section.Markdown);
        (OriginalTitle, OriginalPlace, OriginalMarkdown) = (Title, Place, Markdown);
    }

    private static Case Read(string yaml) =>
        CaseLoader.LoadBytes(Encoding.UTF8.GetBytes(yaml), Path.GetTempPath()).Case?.Model
            ?? throw new InvalidOperationException("A stored version of a case no longer loads.");
}
