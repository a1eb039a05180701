using System.Security.Claims;
using System.Text;
using LifeStory.Cases.Editing;
using LifeStory.Cases.Loading;
using LifeStory.Cases.Model;
using LifeStory.Checking;
using LifeStory.Web.Audit;
using LifeStory.Web.Children;
using LifeStory.Web.Data;
using LifeStory.Web.Editing.Drafts;
using LifeStory.Web.Security;
using LifeStory.Web.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LifeStory.Web.Editing;

/// <summary>
/// The child's details and the book's choices, edited in a form instead of case.yaml. A save changes only the fields
/// the person changed, runs the same checks as `lifestory check` (shown at each field), and becomes a new version.
/// Someone else's save in between is merged when it touched other fields, and shown when it touched the same ones.
/// </summary>
public sealed class ChildDetailsModel(ChildAccess access, LifeStoryDb db, RevisionStore revisions, ChildImports imports, AuditLog audit, DraftStore drafts)
    : ChildPage(access)
{
    public static IReadOnlyList<FormSection> Sections { get; } =
    [
        new("child", "About the child", FormFields.For(typeof(Child))),
        new("book", "The book", FormFields.For(typeof(BookSettings))),
        // Privacy has one list (details the parents may see in this case), offered as boxes to tick.
        new("privacy", "Who sees what", ItemFormFields.For(typeof(Privacy))),
    ];

    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }

    /// <summary>The version the form was filled from.</summary>
    [BindProperty] public int BaseRevision { get; set; }

    [BindProperty] public Dictionary<string, string?> Values { get; set; } = [];

    /// <summary>The values the form was opened with, sent back so a save knows what the person changed.</summary>
    [BindProperty] public Dictionary<string, string?> Original { get; set; } = [];

    public string Name { get; private set; } = "";

    public IReadOnlyList<Finding> Findings { get; private set; } = [];

    public string? Problem { get; private set; }

    public string? Message { get; private set; }

    public IEnumerable<Finding> FindingsAt(string path) => Findings.Where(f => f.Field == path || f.Field.StartsWith(path + ".", StringComparison.Ordinal));

    /// <summary>Findings about the rest of the case: errors there stop a save too, so they are listed.</summary>
    public IReadOnlyList<Finding> FindingsElsewhere => Findings
        .Where(f => !Sections.Any(s => s.Fields.Any(shown => FindingsAt(s.PathOf(shown)).Contains(f)))).ToList();

    public async Task<IActionResult> OnGetAsync(int? saved)
    {
        if (await RefuseAsync(Id, ChildAction.Change) is { } refused) return refused;
        var latest = await revisions.LatestAsync(Id, HttpContext.RequestAborted);
        if (latest is null) return NotFound();
        await audit.RecordAsync(User.Identity?.Name ?? "", AuditActions.View, Id, "child's details form");
        if (saved is { } number) Message = $"Saved as version {number}.";
        await FillAsync(latest);
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
        // Several ticked boxes arrive as several values of one name; the form keeps them as one line, as the list forms do.
        foreach (var section in Sections)
            foreach (var field in section.Fields.Where(f => f.Kind == FormFieldKind.ChoiceList))
                Values[section.PathOf(field)] = string.Join(", ", Request.Form[$"Values[{section.PathOf(field)}]"].Where(v => !string.IsNullOrWhiteSpace(v)));
        var changed = FieldEdits.Changed(Values, Original);
        if (changed.Count == 0)
        {
            Message = "Nothing was changed, so nothing was saved.";
            return Page();
        }
        var contents = await revisions.ReadAsync(latest, cancel);
        var yaml = Encoding.UTF8.GetString(contents.Find("case.yaml")!.Content);
        if (latest.Number != BaseRevision)
        {
            var theirs = Read(yaml);
            var clashes = changed.Where(p => FieldEdits.Normal(theirs.GetValueOrDefault(p)) != FieldEdits.Normal(Original.GetValueOrDefault(p))
                && FieldEdits.Normal(theirs.GetValueOrDefault(p)) != FieldEdits.Normal(Values.GetValueOrDefault(p))).ToList();
            if (clashes.Count > 0)
            {
                // Their values become the starting point; a second save keeps what this person typed.
                Original = theirs;
                BaseRevision = latest.Number;
                Problem = $"Someone else saved version {latest.Number} while you were editing, and changed {Describe(clashes)} too. "
                    + "Nothing of yours is lost: your words are still in the form. Their values are shown under each field; save again to keep yours.";
                Theirs = clashes.ToDictionary(p => p, p => theirs.GetValueOrDefault(p) ?? "", StringComparer.Ordinal);
                return Page();
            }
        }
        var edited = FieldEdits.Apply(yaml, Sections, changed, Values);
        if (edited.Yaml is null)
        {
            Problem = edited.Problem;
            return Page();
        }
        var outcome = await imports.CheckAsync(contents.With(new CaseFile("case.yaml", Encoding.UTF8.GetBytes(edited.Yaml))), cancel);
        if (!outcome.Succeeded)
        {
            // What is worth checking in this form's own answers (jargon, say) stays beside them after the save.
        Findings = outcome.Findings.Where(f => Sections.Any(s => f.Field.StartsWith(s.Key + ".", StringComparison.Ordinal))).ToList();
            Problem = outcome.Problem ?? "Some answers need fixing before they can be saved. Nothing was saved.";
            return Page();
        }
        var added = await revisions.AddAsync(child, outcome.Ready!, outcome.PreferredName,
            User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "", $"Changed in the form: {Describe(changed)}", cancel);
        await audit.RecordAsync(User.Identity?.Name ?? "", AuditActions.Edit, Id, $"revision {added.Number}: {string.Join(", ", changed)}", cancel);
        // The draft's words are in the new version now.
        await drafts.CloseAsync(User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "", Id, $"/Children/{Id}/Edit/Child", cancel);
        if (!HtmxRequest.Is(Request)) return Redirect($"/Children/{Id}/Edit/Child?saved={added.Number}");
        // Sent by htmx: the form comes back filled from the new version, and the preview beside it is told to redraw.
        HtmxRequest.Saved(Response);
        Message = $"Saved as version {added.Number}.";
        // What is worth checking in this form's own answers (jargon, say) stays beside them after the save.
        Findings = outcome.Findings.Where(f => Sections.Any(s => f.Field.StartsWith(s.Key + ".", StringComparison.Ordinal))).ToList();
        await FillAsync(added);
        return Page();
    }

    /// <summary>Values another person saved for the fields both changed, shown under those fields.</summary>
    public IReadOnlyDictionary<string, string> Theirs { get; private set; } = new Dictionary<string, string>();

    private async Task FillAsync(CaseRevision latest)
    {
        var child = await db.Children.AsNoTracking().SingleAsync(c => c.Id == Id);
        Name = revisions.NameOf(child);
        var yaml = Encoding.UTF8.GetString(await revisions.ReadFileAsync(latest, "case.yaml", HttpContext.RequestAborted) ?? []);
        Values = Read(yaml);
        Original = new Dictionary<string, string?>(Values);
        BaseRevision = latest.Number;
    }

    /// <summary>Every form field's value in this case.yaml (stored versions always load: they passed the checks).</summary>
    private static Dictionary<string, string?> Read(string yaml)
    {
        var model = CaseLoader.LoadBytes(Encoding.UTF8.GetBytes(yaml), Path.GetTempPath()).Case?.Model
            ?? throw new InvalidOperationException("A stored version of a case no longer loads.");
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (section, record) in new (string, object)[] { ("child", model.Child), ("book", model.Book) })
            foreach (var (key, value) in FormFields.ValuesOf(record))
                values[section + "." + key] = value;
        foreach (var (key, value) in ItemFormFields.ValuesOf(model.Privacy))
            values["privacy." + key] = value;
        return values;
    }

    private static string Describe(IEnumerable<string> paths) =>
        string.Join(", ", paths.Select(p => p[(p.IndexOf('.', StringComparison.Ordinal) + 1)..].Replace('_', ' ')));
}
