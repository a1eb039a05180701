using System.Security.Claims;
using System.Text;
using LifeStory.Checking;
using LifeStory.Web.Accounts;
using LifeStory.Web.Audit;
using LifeStory.Web.Data;
using LifeStory.Web.Documents;
using LifeStory.Web.Security;
using LifeStory.Web.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LifeStory.Web.Children;

/// <summary>A child's record: documents, saved versions, a new version from a zip, restore, archive and the book's sign-off.</summary>
public sealed class RecordModel(ChildAccess access, LifeStoryDb db, RevisionStore revisions, ChildImports imports, AuditLog audit, TimeProvider clock,
    Documents.Languages.LanguageChoices languages)
    : ChildPage(access)
{
    private Dictionary<string, string> _authors = [];

    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }

    public string Name { get; private set; } = "";

    public bool Archived { get; private set; }

    public bool BookSignedOff { get; private set; }

    public IReadOnlyList<CaseRevision> Revisions { get; private set; } = [];

    public IReadOnlyList<Finding> Findings { get; private set; } = [];

    public string? Problem { get; private set; }

    public string? Message { get; private set; }

    public bool MayChange { get; private set; }

    public bool MayExport { get; private set; }

    public bool MaySignOff { get; private set; }

    public bool MaySeeAudit { get; private set; }

    /// <summary>The review meetings in the latest version, oldest first: each opens its record (read, or recorded by the IRO).</summary>
    public IReadOnlyList<LifeStory.Cases.Model.Review> Reviews { get; private set; } = [];

    /// <summary>The child protection conferences, oldest first, each leading to its page of versions and signature.</summary>
    public IReadOnlyList<LifeStory.Cases.Model.Conference> Conferences { get; private set; } = [];

    /// <summary>Whether the young person has a pathway plan, which has a page of its own.</summary>
    public bool HasPathwayPlan { get; private set; }

    /// <summary>The young person's age today, in years, for the pathway plan's offer.</summary>
    public int Age { get; private set; }

    /// <summary>Whoever may change the record can start a plan for a young person old enough who has none.</summary>
    public bool MayStartPathwayPlan => !HasPathwayPlan && MayChange && !Archived && Age >= Pathway.PathwayPlanModel.StartsFrom;

    /// <summary>The IRO (who chairs conferences too) and team managers may record a new conference.</summary>
    public bool MayRecordMeeting { get; private set; }

    /// <summary>The languages a document can be made in besides English, each by its own name.</summary>
    public IReadOnlyList<Documents.Languages.LanguageOption> Languages { get; private set; } = [];

    /// <summary>The words chosen before anyone chooses: the child's first language beside English when it has a catalogue.</summary>
    public Documents.Languages.DocumentLanguage DefaultLanguage { get; private set; } = Documents.Languages.DocumentLanguage.English;

    /// <summary>A parent in the case needs easy read, so the easy-read parents' letter is offered.</summary>
    public bool OffersEasyRead { get; private set; }

    public string AuthorName(string accountId) => _authors.GetValueOrDefault(accountId, "someone no longer here");

    public async Task<IActionResult> OnGetAsync()
    {
        if (await RefuseAsync(Id, ChildAction.View) is { } refused) return refused;
        await audit.RecordAsync(User.Identity?.Name ?? "", AuditActions.View, Id, "record");
        return await ShowAsync();
    }

    public async Task<IActionResult> OnPostImportAsync(IFormFile? upload, string? note)
    {
        if (await RefuseAsync(Id, ChildAction.Change) is { } refused) return refused;
        if (upload is null || upload.Length == 0) Problem = "Choose the zipped case folder to upload.";
        else
        {
            await using var stream = upload.OpenReadStream();
            var (contents, problem) = CaseZip.Read(stream);
            Problem = problem;
            if (contents is not null)
            {
                var outcome = await imports.NewRevisionAsync(User, Id, contents, Note(note, "Saved from a case folder"), HttpContext.RequestAborted);
                if (outcome.Succeeded) return Redirect($"/Children/{Id}");
                Findings = outcome.Findings;
                Problem = outcome.Problem ?? "The case folder has problems to fix before it can be saved. Nothing was saved.";
            }
        }
        return await ShowAsync();
    }

    public async Task<IActionResult> OnPostRestoreAsync(int number)
    {
        if (await RefuseAsync(Id, ChildAction.Change) is { } refused) return refused;
        var old = await revisions.FindAsync(Id, number, HttpContext.RequestAborted);
        if (old is null) return NotFound();
        var child = await db.Children.SingleAsync(c => c.Id == Id);
        var contents = await revisions.ReadAsync(old, HttpContext.RequestAborted);
        var name = revisions.NameOf(child);
        var added = await revisions.AddAsync(child, contents, name, AccountId, $"Restored version {number}", HttpContext.RequestAborted);
        await audit.RecordAsync(User.Identity?.Name ?? "", AuditActions.Restore, Id, $"revision {number} as revision {added.Number}");
        return Redirect($"/Children/{Id}");
    }

    public async Task<IActionResult> OnPostArchiveAsync() => await SetArchivedAsync(true);

    public async Task<IActionResult> OnPostUnarchiveAsync() => await SetArchivedAsync(false);

    public async Task<IActionResult> OnPostSignOffAsync()
    {
        if (await RefuseAsync(Id, ChildAction.SignOff) is { } refused) return refused;
        var latest = await revisions.LatestAsync(Id, HttpContext.RequestAborted) ?? throw new InvalidOperationException("A child without revisions.");
        if (latest.AuthorId == AccountId)
        {
            Message = "A book is signed off by someone who did not write it. You saved the latest version, so another manager must check it.";
            return await ShowAsync();
        }
        var contents = await revisions.ReadAsync(latest, HttpContext.RequestAborted);
        var yaml = Encoding.UTF8.GetString(contents.Find("case.yaml")!.Content);
        var manager = await db.Users.SingleAsync(u => u.Id == AccountId);
        var signed = BookSignOff.Add(yaml, $"{manager.DisplayName}, team manager", DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        if (signed is null)
        {
            Message = "The book is already signed off.";
            return await ShowAsync();
        }
        var outcome = await imports.CheckAsync(contents.With(new CaseFile("case.yaml", Encoding.UTF8.GetBytes(signed))), HttpContext.RequestAborted);
        if (!outcome.Succeeded)
        {
            Findings = outcome.Findings;
            Problem = "The sign-off could not be written into this case. Nothing was saved.";
            return await ShowAsync();
        }
        var child = await db.Children.SingleAsync(c => c.Id == Id);
        var added = await revisions.AddAsync(child, outcome.Ready!, outcome.PreferredName, AccountId, "Book signed off by the team manager", HttpContext.RequestAborted);
        await audit.RecordAsync(User.Identity?.Name ?? "", AuditActions.SignOff, Id, $"book, revision {added.Number}");
        return Redirect($"/Children/{Id}");
    }

    private string AccountId => User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";

    private static string Note(string? note, string fallback) => string.IsNullOrWhiteSpace(note) ? fallback : note.Trim()[..Math.Min(note.Trim().Length, 200)];

    private async Task<IActionResult> SetArchivedAsync(bool archived)
    {
        if (await RefuseAsync(Id, ChildAction.Change) is { } refused) return refused;
        var child = await db.Children.SingleAsync(c => c.Id == Id);
        child.ArchivedUtc = archived ? clock.GetUtcNow().UtcDateTime : null;
        await db.SaveChangesAsync();
        await audit.RecordAsync(User.Identity?.Name ?? "", AuditActions.Archive, Id, archived ? "archived" : "brought back");
        return Redirect($"/Children/{Id}");
    }

    private async Task<IActionResult> ShowAsync()
    {
        var child = await db.Children.AsNoTracking().SingleAsync(c => c.Id == Id);
        Name = revisions.NameOf(child);
        Archived = child.ArchivedUtc is not null;
        Revisions = await revisions.AllAsync(Id, HttpContext.RequestAborted);
        var authorIds = Revisions.Select(r => r.AuthorId).Distinct().ToList();
        _authors = await db.Users.Where(u => authorIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName);
        var yaml = Encoding.UTF8.GetString(await revisions.ReadFileAsync(Revisions[0], "case.yaml", HttpContext.RequestAborted) ?? []);
        BookSignedOff = BookSignOff.Add(yaml, "x", DateOnly.MinValue) is null;
        var model = LifeStory.Cases.Loading.CaseLoader.LoadBytes(Encoding.UTF8.GetBytes(yaml), Path.GetTempPath()).Case?.Model;
        Reviews = model?.Reviews.OrderBy(r => r.Date).ToList() ?? [];
        Conferences = model?.Conferences.OrderBy(c => c.Date).ToList() ?? [];
        HasPathwayPlan = model?.PathwayPlan is not null;
        if (model is not null) Age = LifeStory.Wording.Ages.YearsOld(model.Child.DateOfBirth, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        Languages = await languages.AllAsync(HttpContext.RequestAborted);
        DefaultLanguage = model is null ? Documents.Languages.DocumentLanguage.English : Documents.Languages.LanguageChoices.ForChild(model.Child, Languages);
        OffersEasyRead = model is not null && LifeStory.Pipeline.EasyReadRequest.Wanted(model);
        MayRecordMeeting = await MayAsync(Id, ChildAction.RecordReview);
        MayChange = await MayAsync(Id, ChildAction.Change);
        MayExport = await MayAsync(Id, ChildAction.Export);
        MaySignOff = await MayAsync(Id, ChildAction.SignOff);
        MaySeeAudit = await MayAsync(Id, ChildAction.SeeAudit);
        return Page();
    }
}
