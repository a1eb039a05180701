using LifeStory.Cases.Editing;
using LifeStory.Cases.Model;
using LifeStory.Checking;
using LifeStory.Web.Audit;
using LifeStory.Web.Children;
using LifeStory.Web.Data;
using LifeStory.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace LifeStory.Web.Editing;

/// <summary>
/// One item of a case list in a form (a person, a home…), or a new one. Like the child's details: a save changes
/// only the fields changed, runs the CLI's checks (shown at each field), and becomes a new version; someone else's
/// save in between is merged when it touched other fields and shown when it touched the same ones.
/// </summary>
public sealed class ListItemModel(ChildAccess access, LifeStoryDb db, RevisionStore revisions, ChildImports imports, AuditLog audit)
    : CaseEditPage(access, db, revisions, imports, audit)
{
    [BindProperty(SupportsGet = true)] public string List { get; set; } = "";

    /// <summary>The item's number in the list, from 0, or "New".</summary>
    [BindProperty(SupportsGet = true)] public string Item { get; set; } = "";

    [BindProperty] public Dictionary<string, string?> Values { get; set; } = [];

    [BindProperty] public Dictionary<string, string?> Original { get; set; } = [];

    /// <summary>The item's summary line when the form was opened: tells a save whether the item is still the same one.</summary>
    [BindProperty] public string OpenedAs { get; set; } = "";

    public CaseList Section { get; private set; } = CaseLists.All[0];

    public int? Index => int.TryParse(Item, out var index) && index >= 0 ? index : null;

    public bool IsNew => string.Equals(Item, "New", StringComparison.OrdinalIgnoreCase);

    /// <summary>For each field holding ids, the ids it may hold with a name for each.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<(string Id, string Name)>> Choices { get; private set; } = new Dictionary<string, IReadOnlyList<(string, string)>>();

    /// <summary>For each reader, what hiding this item from them changes in their version.</summary>
    public IReadOnlyDictionary<Audience, string> Consequences { get; private set; } = new Dictionary<Audience, string>();

    public IReadOnlyDictionary<string, string> Theirs { get; private set; } = new Dictionary<string, string>();

    public string PathOf(string key) => Section.PathOf(Index ?? NewIndex, key);

    private int NewIndex { get; set; }

    public IEnumerable<Finding> FindingsAt(string key)
    {
        var path = PathOf(key);
        return Findings.Where(f => f.Field == path || f.Field.StartsWith(path + ".", StringComparison.Ordinal) || f.Field.StartsWith(path + "[", StringComparison.Ordinal));
    }

    /// <summary>Findings about the item as a whole (its dates in the wrong order) or about the rest of the case.</summary>
    public IReadOnlyList<Finding> FindingsElsewhere => Findings.Where(f => !Section.Fields.Any(shown => FindingsAt(shown.Key).Contains(f))).ToList();

    public async Task<IActionResult> OnGetAsync()
    {
        if (await StartAsync() is { } stop) return stop;
        if (await LatestAsync() is not { } latest) return NotFound();
        if (!IsNew && Index >= Section.Items(latest.Model).Count) return NotFound();
        await Audit.RecordAsync(User.Identity?.Name ?? "", AuditActions.View, Id, $"{Section.Key} form", HttpContext.RequestAborted);
        Fill(latest);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await StartAsync() is { } stop) return stop;
        if (await LatestAsync() is not { } latest) return NotFound();
        ReadLists();
        Describe(latest);
        var changed = FieldEdits.Changed(Values, Original);
        if (changed.Count == 0)
        {
            Message = "Nothing was changed, so nothing was saved.";
            return Page();
        }
        EditResult edited;
        string what;
        if (Index is { } index)
        {
            var items = Section.Items(latest.Model);
            if (index >= items.Count || Section.Summary(items[index]) != OpenedAs)
            {
                Problem = $"Someone else changed the {Section.Title.ToLowerInvariant()} list while you were editing, so this may no longer be the same {Section.Noun}. "
                    + "Nothing was saved; your words are still in the form. Open the list again to find it.";
                return Page();
            }
            if (latest.Revision.Number != BaseRevision && Clashes(items[index], changed) is { Count: > 0 } clashes) return Page();
            edited = ItemEdits.Apply(latest.Yaml, Section, index, changed, Values);
            what = $"{Section.Key}[{index}]: {string.Join(", ", changed)}";
        }
        else
        {
            edited = ItemEdits.Add(latest.Yaml, Section, Values);
            what = $"added to {Section.Key}";
        }
        if (edited.Yaml is null)
        {
            Problem = edited.Problem;
            return Page();
        }
        var note = IsNew ? $"Added a {Section.Noun} in the form" : $"Changed in the form: {Section.Noun}'s {string.Join(", ", changed.Select(c => c.Replace('_', ' ').Replace(".", ": ", StringComparison.Ordinal)))}";
        var saved = await SaveAsync(latest, edited.Yaml, note, what);
        return saved is { } number ? Redirect($"/Children/{Id}/Edit/{Section.Slug}?saved={number}") : Page();
    }

    private async Task<IActionResult?> StartAsync()
    {
        if (CaseLists.Find(List) is not { } section || (!IsNew && Index is null)) return NotFound();
        Section = section;
        return await RefuseAsync(Id, ChildAction.Change);
    }

    /// <summary>Someone else saved since the form opened: their changes to the fields this person changed too are shown.</summary>
    private List<string> Clashes(object theirItem, IReadOnlyList<string> changed)
    {
        var theirs = ItemFormFields.ValuesOf(theirItem);
        var clashes = changed.Where(k => FieldEdits.Normal(theirs.GetValueOrDefault(k)) != FieldEdits.Normal(Original.GetValueOrDefault(k))
            && FieldEdits.Normal(theirs.GetValueOrDefault(k)) != FieldEdits.Normal(Values.GetValueOrDefault(k))).ToList();
        if (clashes.Count == 0) return clashes;
        Original = theirs.ToDictionary(kv => kv.Key, kv => (string?)kv.Value, StringComparer.Ordinal);
        Theirs = clashes.ToDictionary(k => k, k => theirs.GetValueOrDefault(k) ?? "", StringComparer.Ordinal);
        Problem = $"Someone else saved a new version while you were editing, and changed {string.Join(", ", clashes.Select(c => c.Replace('_', ' ')))} too. "
            + "Nothing of yours is lost: your words are still in the form. Their values are shown under each field; save again to keep yours.";
        return clashes;
    }

    private void Fill(Latest latest)
    {
        var items = Section.Items(latest.Model);
        var values = Index is { } index ? ItemFormFields.ValuesOf(items[index]) : Section.Fields.ToDictionary(f => f.Key, _ => "");
        Values = values.ToDictionary(kv => kv.Key, kv => (string?)kv.Value, StringComparer.Ordinal);
        Original = new Dictionary<string, string?>(Values, StringComparer.Ordinal);
        OpenedAs = Index is { } i ? Section.Summary(items[i]) : "";
        BaseRevision = latest.Revision.Number;
        Describe(latest);
    }

    /// <summary>The choices of ids and, for an item already saved, what hiding it from each reader would change.</summary>
    private void Describe(Latest latest)
    {
        NewIndex = Section.Items(latest.Model).Count;
        var targets = new Dictionary<string, IReadOnlyList<(string, string)>>(StringComparer.Ordinal)
        {
            ["people"] = latest.Model.People.Select(p => (p.Id, $"{p.ChildName} ({p.Relationship})")).ToList(),
            ["photos"] = latest.Model.Photos.Select(p => (p.Id, p.Caption ?? p.Id)).ToList(),
            ["drawings"] = latest.Model.Drawings.Select(d => (d.Id, d.Title)).ToList(),
        };
        Choices = Section.References.ToDictionary(r => r.Key, r => targets[r.Value], StringComparer.Ordinal);
        if (Index is { } index && index < NewIndex && Section.Fields.Any(f => f.Key == "hidden_from"))
            Consequences = HidingConsequences.Readers.ToDictionary(r => r, r => HidingConsequences.For(latest.Yaml, Section, index, r));
    }

    /// <summary>Several ticked boxes arrive as several values of one name; the form keeps them as one line.</summary>
    private void ReadLists()
    {
        foreach (var field in Section.Fields.Where(f => f.Kind is FormFieldKind.ChoiceList or FormFieldKind.TextList))
            Values[field.Key] = string.Join(", ", Request.Form[$"Values[{field.Key}]"].Where(v => !string.IsNullOrWhiteSpace(v)));
    }
}
