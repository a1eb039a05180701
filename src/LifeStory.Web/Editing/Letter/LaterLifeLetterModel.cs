using System.Globalization;
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
using LifeStory.Web.Editing.Story;
using LifeStory.Web.Security;
using LifeStory.Web.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LifeStory.Web.Editing.Letter;

/// <summary>
/// The later-life letter, written in the browser: who writes it (from the child's people), when, the age it is meant
/// to be read at, and the letter itself in the story editor's box with its formatting buttons and live preview. A
/// save runs `lifestory check`'s checks (shown at the field) and becomes a new version; someone else's change to the
/// same field in between is shown, and this person's words are kept.
/// </summary>
public sealed class LaterLifeLetterModel(ChildAccess access, LifeStoryDb db, RevisionStore revisions, ChildImports imports, AuditLog audit, DraftStore drafts)
    : ChildPage(access)
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }

    [BindProperty] public int BaseRevision { get; set; }

    [BindProperty] public Fields Letter { get; set; } = new();

    [BindProperty] public Fields Original { get; set; } = new();

    /// <summary>The letter's words, posted as "Markdown" so the story editor's live preview reads them as it reads a story part's.</summary>
    [BindProperty] public string? Markdown { get; set; }

    /// <summary>The letter's fields as the form holds them: text, so a half-typed date can be shown back with its message.</summary>
    public sealed class Fields
    {
        public string? From { get; set; }
        public string? Written { get; set; }
        public string? ReadAtAge { get; set; }
        public string? Markdown { get; set; }

        public static Fields Of(LaterLifeLetter? letter) => new()
        {
            From = letter?.From ?? "",
            Written = letter is null ? "" : FormFields.Text(letter.Written),
            ReadAtAge = letter?.ReadAtAge is { } age ? age.ToString(CultureInfo.InvariantCulture) : "",
            Markdown = letter?.Markdown ?? "",
        };

        public IEnumerable<(string Key, string Value)> All() =>
        [
            ("from", From?.Trim() ?? ""), ("written", Written?.Trim() ?? ""), ("read_at_age", ReadAtAge?.Trim() ?? ""),
            ("markdown", StoryEditorModel.Normal(Markdown)),
        ];
    }

    public string FormAddress => $"/Children/{Id}/Edit/LaterLifeLetter";

    public string Name { get; private set; } = "";

    public IReadOnlyList<(string Id, string Words)> People { get; private set; } = [];

    public IReadOnlyList<Finding> Findings { get; private set; } = [];

    public string? Problem { get; private set; }

    public string? Message { get; private set; }

    /// <summary>The letter as someone else saved it meanwhile, when they changed the same field.</summary>
    public LaterLifeLetter? Theirs { get; private set; }

    public IReadOnlyList<Finding> FindingsAt(string key) =>
        Findings.Where(f => f.Field == $"later_life_letter.{key}" || (key == "markdown" && f.Field == "later_life_letter")).ToList();

    public IReadOnlyList<Finding> ErrorsElsewhere => Findings.Where(f => f.IsError && !f.Field.StartsWith("later_life_letter", StringComparison.Ordinal)).ToList();

    public async Task<IActionResult> OnGetAsync(int? saved)
    {
        if (await RefuseAsync(Id, ChildAction.Change) is { } refused) return refused;
        var latest = await revisions.LatestAsync(Id, HttpContext.RequestAborted);
        if (latest is null) return NotFound();
        await audit.RecordAsync(User.Identity?.Name ?? "", AuditActions.View, Id, "later-life letter form");
        if (saved is { } number) Message = $"Saved as version {number}.";
        var model = await FillAsync(latest);
        Letter = Fields.Of(model.LaterLifeLetter);
        Original = Fields.Of(model.LaterLifeLetter);
        Markdown = Letter.Markdown;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await RefuseAsync(Id, ChildAction.Change) is { } refused) return refused;
        var cancel = HttpContext.RequestAborted;
        var latest = await revisions.LatestAsync(Id, cancel);
        if (latest is null) return NotFound();
        var child = await db.Children.SingleAsync(c => c.Id == Id, cancel);
        var model = await FillAsync(latest);
        Letter.Markdown = Markdown;
        var mine = Letter.All().ToDictionary(f => f.Key, f => f.Value);
        var opened = Original.All().ToDictionary(f => f.Key, f => f.Value);
        var theirs = Fields.Of(model.LaterLifeLetter).All().ToDictionary(f => f.Key, f => f.Value);
        var changed = mine.Keys.Where(k => mine[k] != opened[k]).ToList();
        if (changed.Count == 0)
        {
            Message = "Nothing was changed, so nothing was saved.";
            return Page();
        }
        var clashes = changed.Where(k => theirs[k] != opened[k] && theirs[k] != mine[k]).ToList();
        if (clashes.Count > 0)
        {
            // Their letter becomes the starting point; a second save keeps what this person typed.
            Theirs = model.LaterLifeLetter;
            Original = Fields.Of(model.LaterLifeLetter);
            BaseRevision = latest.Number;
            Problem = $"Someone else saved version {latest.Number} while you were editing, and changed the letter's {string.Join(" and ", clashes.Select(Words))} too. "
                + "Nothing of yours is lost: your words are still in the form. Theirs are shown below it; save again to keep yours.";
            return Page();
        }
        var merged = theirs.ToDictionary(kv => kv.Key, kv => changed.Contains(kv.Key) ? mine[kv.Key] : kv.Value);
        var contents = await revisions.ReadAsync(latest, cancel);
        var yaml = Encoding.UTF8.GetString(contents.Find("case.yaml")!.Content);
        var edited = LaterLifeLetterEdit.Set(yaml, merged["from"], merged["written"], merged["read_at_age"], merged["markdown"]);
        if (edited.Yaml is null)
        {
            Problem = edited.Problem;
            return Page();
        }
        var outcome = await imports.CheckAsync(contents.With(new CaseFile("case.yaml", Encoding.UTF8.GetBytes(edited.Yaml))), cancel);
        if (!outcome.Succeeded)
        {
            Findings = outcome.Findings;
            Problem = outcome.Problem ?? "Some answers need fixing before they can be saved. Nothing was saved.";
            return Page();
        }
        var added = await revisions.AddAsync(child, outcome.Ready!, outcome.PreferredName,
            User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "", $"Changed the later-life letter: {string.Join(", ", changed.Select(Words))}", cancel);
        await audit.RecordAsync(User.Identity?.Name ?? "", AuditActions.Edit, Id, $"revision {added.Number}: later_life_letter: {string.Join(", ", changed)}", cancel);
        await drafts.CloseAsync(User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "", Id, FormAddress, cancel);
        if (HtmxRequest.Is(Request)) HtmxRequest.Saved(Response);
        model = await FillAsync(added);
        Letter = Fields.Of(model.LaterLifeLetter);
        Original = Fields.Of(model.LaterLifeLetter);
        Markdown = Letter.Markdown;
        Message = $"Saved as version {added.Number}.";
        // What is worth knowing about the letter (jargon, reading level, voice) stays beside the box after the save.
        Findings = outcome.Findings.Where(f => f.Field.StartsWith("later_life_letter", StringComparison.Ordinal)).ToList();
        return Page();
    }

    private static string Words(string key) => key switch
    {
        "from" => "writer",
        "written" => "date",
        "read_at_age" => "age to read it at",
        _ => "words",
    };

    private async Task<Case> FillAsync(CaseRevision revision)
    {
        var child = await db.Children.AsNoTracking().SingleAsync(c => c.Id == Id);
        Name = revisions.NameOf(child);
        var yaml = await revisions.ReadFileAsync(revision, "case.yaml", HttpContext.RequestAborted) ?? [];
        var model = CaseLoader.LoadBytes(yaml, Path.GetTempPath()).Case?.Model
            ?? throw new InvalidOperationException("A stored version of a case no longer loads.");
        People = model.People.Select(p => (p.Id, $"{p.Name} ({p.Relationship})")).ToList();
        BaseRevision = revision.Number;
        return model;
    }
}
