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

namespace LifeStory.Web.Pictures;

/// <summary>
/// The child's photos (or drawings): several added at once, each seen upright with the crops the book will use,
/// its focus point chosen by clicking, and its caption, date, people, readers and sensitivity edited in place. An
/// upload is one new version with every picture in it; a save changes only the keys the person changed, after the
/// same checks as `lifestory check`, and someone else's save in between is merged or shown.
/// </summary>
public sealed class PicturesModel(ChildAccess access, LifeStoryDb db, RevisionStore revisions, ChildImports imports, AuditLog audit)
    : ChildPage(access)
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)] public string Kind { get; set; } = "";

    /// <summary>The version the forms were filled from.</summary>
    [BindProperty] public int BaseRevision { get; set; }

    /// <summary>Which item a save is for: its place in the list and its id, so a list changed meanwhile is noticed.</summary>
    [BindProperty] public int Index { get; set; }

    [BindProperty] public string ItemId { get; set; } = "";

    [BindProperty] public PictureFields Fields { get; set; } = new();

    /// <summary>The item's fields as the form was opened with them, sent back so a save knows what the person changed.</summary>
    [BindProperty] public PictureFields Original { get; set; } = new();

    public PictureKind Type => PictureKind.FromRoute(Kind) ?? PictureKind.Photos;

    public string Name { get; private set; } = "";

    public IReadOnlyList<PictureItem> Items { get; private set; } = [];

    /// <summary>The people a photo can show, by name, for the "who is in it" boxes.</summary>
    public IReadOnlyList<(string Id, string Name)> People { get; private set; } = [];

    public IReadOnlyList<Finding> FindingsElsewhere { get; private set; } = [];

    public IReadOnlyList<string> UploadProblems { get; private set; } = [];

    public string? Message { get; private set; }

    public string? Problem { get; private set; }

    /// <summary>Values another person saved for the keys both changed, shown under those fields of the item saved.</summary>
    public IReadOnlyDictionary<string, string> Theirs { get; private set; } = new Dictionary<string, string>();

    public async Task<IActionResult> OnGetAsync(int? saved, int? added)
    {
        if (await RefuseAsync(Id, ChildAction.Change) is { } refused) return refused;
        if (PictureKind.FromRoute(Kind) is null) return NotFound();
        var latest = await revisions.LatestAsync(Id, HttpContext.RequestAborted);
        if (latest is null) return NotFound();
        await audit.RecordAsync(User.Identity?.Name ?? "", AuditActions.View, Id, $"{Type.Many} form");
        if (saved is { } number) Message = added is { } count ? $"Added {Count(count)} as version {number}." : $"Saved as version {number}.";
        var contents = await revisions.ReadAsync(latest, HttpContext.RequestAborted);
        await FillAsync(latest, contents, (await imports.CheckAsync(contents, HttpContext.RequestAborted)).Findings);
        return Page();
    }

    public async Task<IActionResult> OnPostUploadAsync(List<IFormFile> files)
    {
        if (await RefuseAsync(Id, ChildAction.Change) is { } refused) return refused;
        if (PictureKind.FromRoute(Kind) is null) return NotFound();
        var cancel = HttpContext.RequestAborted;
        var latest = await revisions.LatestAsync(Id, cancel);
        if (latest is null) return NotFound();
        var contents = await revisions.ReadAsync(latest, cancel);
        var yaml = Encoding.UTF8.GetString(contents.Find("case.yaml")!.Content);
        var model = Load(yaml);
        // A file box left empty is still sent, as a part with no name and no bytes: it is not a file the person chose.
        files = files.Where(f => f.Length > 0 || !string.IsNullOrEmpty(f.FileName)).ToList();
        if (files.Count == 0)
        {
            Problem = $"Choose one or more {Type.Many} to add first.";
            await FillAsync(latest, contents, []);
            return Page();
        }
        var uploaded = new List<UploadedFile>();
        foreach (var file in files)
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, cancel);
            uploaded.Add(new UploadedFile(file.FileName, buffer.ToArray()));
        }
        var taken = Type.IsPhoto ? model.Photos.Select(p => p.Id) : model.Drawings.Select(d => d.Id);
        var outcome = PictureUpload.Prepare(uploaded, Type, taken.Concat(contents.Files.Select(f => Path.GetFileNameWithoutExtension(f.Path))));
        if (outcome.Problems.Count > 0)
        {
            UploadProblems = outcome.Problems;
            Problem = $"Nothing was added: {(outcome.Problems.Count == 1 ? "a file needs" : "some files need")} looking at first.";
            await FillAsync(latest, contents, []);
            return Page();
        }
        foreach (var picture in outcome.Added)
        {
            KeyValuePair<string, string>[] fields = Type.IsPhoto
                ? [new("id", picture.Id), new("file", picture.File.Path)]
                : [new("id", picture.Id), new("file", picture.File.Path), new("title", YamlScalar.Write(picture.Title, FormFieldKind.Text))];
            var appended = CaseYamlList.Append(yaml, Type.List, fields);
            if (appended.Yaml is null)
            {
                Problem = appended.Problem;
                await FillAsync(latest, contents, []);
                return Page();
            }
            yaml = appended.Yaml;
            contents = contents.With(picture.File);
        }
        var checkedCase = await imports.CheckAsync(contents.With(new CaseFile("case.yaml", Encoding.UTF8.GetBytes(yaml))), HttpContext.RequestAborted);
        if (!checkedCase.Succeeded)
        {
            Problem = checkedCase.Problem ?? $"The {Type.Many} could not be added: the case has errors to fix first. Nothing was added.";
            await FillAsync(latest, await revisions.ReadAsync(latest, cancel), checkedCase.Findings);
            return Page();
        }
        var child = await db.Children.SingleAsync(c => c.Id == Id, cancel);
        // The note is stored in clear, so it names no picture: ids come from the files' names ("maisie-at-the-beach").
        var revision = await revisions.AddAsync(child, checkedCase.Ready!, checkedCase.PreferredName,
            User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "", $"Added {Count(outcome.Added.Count)}", cancel);
        foreach (var picture in outcome.Added)
            await audit.RecordAsync(User.Identity?.Name ?? "", AuditActions.Upload, Id, $"revision {revision.Number}: {Type.One} sha256 {picture.Hash}", cancel);
        return Redirect($"/Children/{Id}/Edit/{Type.Route}?saved={revision.Number}&added={outcome.Added.Count}#{Type.One}-{ItemsOf(model).Count}");
    }

    public async Task<IActionResult> OnPostSaveAsync()
    {
        if (await RefuseAsync(Id, ChildAction.Change) is { } refused) return refused;
        if (PictureKind.FromRoute(Kind) is null) return NotFound();
        var cancel = HttpContext.RequestAborted;
        var latest = await revisions.LatestAsync(Id, cancel);
        if (latest is null) return NotFound();
        var contents = await revisions.ReadAsync(latest, cancel);
        var yaml = Encoding.UTF8.GetString(contents.Find("case.yaml")!.Content);
        var changed = PictureFields.Changed(Type, Fields, Original);
        if (changed.Count == 0)
        {
            Message = "Nothing was changed, so nothing was saved.";
            await FillAsync(latest, contents, []);
            return Page();
        }
        var now = ItemsOf(Load(yaml));
        var index = now.FindIndex(i => i.Id == ItemId);
        if (index < 0)
        {
            Problem = $"Someone else took this {Type.One} out in version {latest.Number} while you were editing. Nothing was saved.";
            await FillAsync(latest, contents, []);
            return Page();
        }
        if (latest.Number != BaseRevision)
        {
            var theirs = now[index].Fields.Yaml(Type);
            var mine = Fields.Yaml(Type);
            var before = Original.Yaml(Type);
            var clashes = changed.Where(k => theirs[k] != before[k] && theirs[k] != mine[k]).ToList();
            if (clashes.Count > 0)
            {
                // Their values become the starting point; a second save keeps what this person chose.
                Original = now[index].Fields;
                Problem = $"Someone else saved version {latest.Number} while you were editing, and changed {Describe(clashes)} of this {Type.One} too. "
                    + "Nothing of yours is lost: your changes are still in the form. Their values are shown under each field; save again to keep yours.";
                Theirs = clashes.ToDictionary(k => k, k => theirs[k] ?? "(nothing)", StringComparer.Ordinal);
                await FillAsync(latest, contents, [], keepSubmitted: index);
                return Page();
            }
        }
        var values = Fields.Yaml(Type);
        foreach (var key in changed)
        {
            var edited = CaseYamlList.Set(yaml, Type.List, index, key, values[key]);
            if (edited.Yaml is null)
            {
                Problem = edited.Problem;
                await FillAsync(latest, contents, [], keepSubmitted: index);
                return Page();
            }
            yaml = edited.Yaml;
        }
        var outcome = await imports.CheckAsync(contents.With(new CaseFile("case.yaml", Encoding.UTF8.GetBytes(yaml))), HttpContext.RequestAborted);
        if (!outcome.Succeeded)
        {
            Problem = outcome.Problem ?? "Some answers need fixing before they can be saved. Nothing was saved.";
            await FillAsync(latest, contents, outcome.Findings, keepSubmitted: index);
            return Page();
        }
        var child = await db.Children.SingleAsync(c => c.Id == Id, cancel);
        var added = await revisions.AddAsync(child, outcome.Ready!, outcome.PreferredName,
            User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "", $"Changed {Type.One} {index + 1}: {Describe(changed)}", cancel);
        await audit.RecordAsync(User.Identity?.Name ?? "", AuditActions.Edit, Id, $"revision {added.Number}: {Type.List}[{index}] {string.Join(", ", changed)}", cancel);
        return Redirect($"/Children/{Id}/Edit/{Type.Route}?saved={added.Number}#{Type.One}-{index}");
    }

    /// <summary>
    /// Takes a photo or drawing out of the case: its item in case.yaml and its file, as a new version. The CLI's
    /// checks still run, so a picture that a person, a home or the story still shows stays, with the checks' words.
    /// </summary>
    public async Task<IActionResult> OnPostRemoveAsync()
    {
        if (await RefuseAsync(Id, ChildAction.Change) is { } refused) return refused;
        if (PictureKind.FromRoute(Kind) is null) return NotFound();
        var cancel = HttpContext.RequestAborted;
        var latest = await revisions.LatestAsync(Id, cancel);
        if (latest is null) return NotFound();
        var contents = await revisions.ReadAsync(latest, cancel);
        var yaml = Encoding.UTF8.GetString(contents.Find("case.yaml")!.Content);
        var now = ItemsOf(Load(yaml));
        var index = now.FindIndex(i => i.Id == ItemId);
        if (index < 0)
        {
            Problem = $"This {Type.One} was already taken out (version {latest.Number}). Nothing was changed.";
            await FillAsync(latest, contents, []);
            return Page();
        }
        var edited = ListItems.Remove(yaml, Type.List, index);
        if (edited.Yaml is null)
        {
            Problem = edited.Problem;
            await FillAsync(latest, contents, []);
            return Page();
        }
        // The file goes with its item unless another item of the case still names it.
        var file = now[index].File;
        var stillNamed = now.Where((other, i) => i != index && other.File == file).Any();
        var kept = stillNamed ? contents : new CaseFolderContents(contents.Files.Where(f => f.Path != file));
        var outcome = await imports.CheckAsync(kept.With(new CaseFile("case.yaml", Encoding.UTF8.GetBytes(edited.Yaml))), cancel);
        if (!outcome.Succeeded)
        {
            Problem = $"This {Type.One} cannot be taken out yet: other parts of the case still show it. Nothing was changed.";
            await FillAsync(latest, contents, outcome.Findings.Where(f => f.IsError).ToList());
            return Page();
        }
        var child = await db.Children.SingleAsync(c => c.Id == Id, cancel);
        var added = await revisions.AddAsync(child, outcome.Ready!, outcome.PreferredName,
            User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "", $"Took out a {Type.One}", cancel);
        await audit.RecordAsync(User.Identity?.Name ?? "", AuditActions.Edit, Id, $"revision {added.Number}: removed {Type.List}[{index}]", cancel);
        return Redirect($"/Children/{Id}/Edit/{Type.Route}?saved={added.Number}");
    }

    /// <summary>
    /// Fills the page from a version. After a refused save the item being saved keeps what was submitted (and the
    /// findings are about that submitted version), so nothing typed is lost.
    /// </summary>
    private async Task FillAsync(CaseRevision latest, CaseFolderContents contents, IReadOnlyList<Finding> findings, int? keepSubmitted = null)
    {
        var child = await db.Children.AsNoTracking().SingleAsync(c => c.Id == Id);
        Name = revisions.NameOf(child);
        BaseRevision = latest.Number;
        var model = Load(Encoding.UTF8.GetString(contents.Find("case.yaml")!.Content));
        People = model.People.Select(p => (p.Id, p.Name)).ToList();
        Items = ItemsOf(model).Select((item, i) =>
        {
            var mine = keepSubmitted == i;
            return new PictureItem(i, item.Id, item.File, mine ? Fields : item.Fields, mine ? Original : item.Fields,
                findings.Where(f => f.Field.StartsWith($"{Type.List}[{i}]", StringComparison.Ordinal)).ToList());
        }).ToList();
        FindingsElsewhere = findings.Where(f => !Items.Any(i => i.Findings.Contains(f))).Where(f => f.IsError || f.Field.StartsWith(Type.List, StringComparison.Ordinal)).ToList();
    }

    private List<(string Id, string File, PictureFields Fields)> ItemsOf(Case model) => Type.IsPhoto
        ? model.Photos.Select(p => (p.Id, p.File, PictureFields.Of(p))).ToList()
        : model.Drawings.Select(d => (d.Id, d.File, PictureFields.Of(d))).ToList();

    /// <summary>Stored versions always load: they passed the checks.</summary>
    internal static Case Load(string yaml) => CaseLoader.LoadBytes(Encoding.UTF8.GetBytes(yaml), Path.GetTempPath()).Case?.Model
        ?? throw new InvalidOperationException("A stored version of a case no longer loads.");

    private string Count(int count) => count == 1 ? $"1 {Type.One}" : $"{count} {Type.Many}";

    private static string Describe(IEnumerable<string> keys) => string.Join(", ", keys.Select(k => k.Replace('_', ' ')));
}
