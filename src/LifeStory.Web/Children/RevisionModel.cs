using System.Text;
using LifeStory.Web.Audit;
using LifeStory.Web.Security;
using LifeStory.Web.Storage;
using Microsoft.AspNetCore.Mvc;

namespace LifeStory.Web.Children;

/// <summary>One saved version: its files, what changed since the one before, and its case.yaml.</summary>
public sealed class RevisionModel(ChildAccess access, RevisionStore revisions, AuditLog audit) : ChildPage(access)
{
    private Dictionary<string, string> _before = [];

    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)] public int Number { get; set; }

    /// <summary>The version to compare with: the one before, unless another is chosen.</summary>
    [BindProperty(SupportsGet = true)] public int? Compare { get; set; }

    public int ComparedWith { get; private set; }

    public int Latest { get; private set; }

    public string Note { get; private set; } = "";

    public IReadOnlyList<ManifestEntry> Files { get; private set; } = [];

    public IReadOnlyList<string> Removed { get; private set; } = [];

    public IReadOnlyList<(char Mark, string Line)>? Diff { get; private set; }

    public string CaseYaml { get; private set; } = "";

    public string Change(ManifestEntry file) => ComparedWith == 0 ? "" : !_before.TryGetValue(file.Path, out var hash) ? "added" : hash == file.Hash ? "" : "changed";

    public async Task<IActionResult> OnGetAsync()
    {
        if (await RefuseAsync(Id, ChildAction.View) is { } refused) return refused;
        var revision = await revisions.FindAsync(Id, Number, HttpContext.RequestAborted);
        if (revision is null) return NotFound();
        await audit.RecordAsync(User.Identity?.Name ?? "", AuditActions.View, Id, $"revision {Number}");
        Note = revision.Note;
        Files = revisions.ManifestOf(revision);
        CaseYaml = Encoding.UTF8.GetString(await revisions.ReadFileAsync(revision, "case.yaml", HttpContext.RequestAborted) ?? []);
        Latest = (await revisions.LatestAsync(Id, HttpContext.RequestAborted))?.Number ?? Number;
        var other = Compare ?? Number - 1;
        if (other != Number && other >= 1 && await revisions.FindAsync(Id, other, HttpContext.RequestAborted) is { } previous)
        {
            ComparedWith = other;
            var before = revisions.ManifestOf(previous);
            _before = before.ToDictionary(e => e.Path, e => e.Hash);
            Removed = before.Select(e => e.Path).Except(Files.Select(f => f.Path)).ToList();
            Diff = LineDiff.Compare(Encoding.UTF8.GetString(await revisions.ReadFileAsync(previous, "case.yaml", HttpContext.RequestAborted) ?? []), CaseYaml);
        }
        return Page();
    }
}
