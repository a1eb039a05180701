using System.Globalization;
using System.Security.Claims;
using System.Text;
using LifeStory.Cases.Loading;
using LifeStory.Cases.Model;
using LifeStory.Checking;
using LifeStory.Reviews.Timescales;
using LifeStory.Web.Audit;
using LifeStory.Web.Children;
using LifeStory.Web.CouncilTemplates;
using LifeStory.Web.Data;
using LifeStory.Web.Security;
using LifeStory.Web.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LifeStory.Web.Reviews.Recording;

/// <summary>
/// The IRO records a review meeting in the order the letter to the child reads, and sees that letter redrawn beside
/// the form as she types. A save writes the review into case.yaml as a new version (the review held that day
/// replaced, or a new one in date order), after the same checks as `lifestory check`. A signed record is read-only:
/// changing it is a correction, which says what changed and is signed again, so it stays signed.
/// Who: the child's allocated IRO and the team's managers record (<see cref="ChildAction.RecordReview"/>); a social
/// worker allocated to the child may read the record here but not write it.
/// The same page records a child protection conference (/Children/{id}/Conferences/Record): it shares a review's
/// parts (<see cref="Conference.AsMeeting"/>) and adds its own (<see cref="ConferenceFields"/>). Its chair is the
/// IRO role: in England conferences are chaired by a child protection chair, usually from the same independent
/// reviewing service and just as independent of the case, so the same least access fits without a new role.
/// </summary>
public sealed class RecordReviewModel(ChildAccess access, LifeStoryDb db, RevisionStore revisions, ChildImports imports,
    AuditLog audit, CouncilRules councilRules, LiveTemplates templates) : ChildPage(access)
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }

    /// <summary>Reviews or Conferences, from the address: which kind of meeting this page records.</summary>
    [BindProperty(SupportsGet = true)] public string Folder { get; set; } = "Reviews";

    public Meetings.MeetingKind Kind => Meetings.MeetingKind.ForFolder(Folder);

    /// <summary>A conference's own answers; unused for a review.</summary>
    [BindProperty] public ConferenceFields Own { get; set; } = new();

    /// <summary>The day of the meeting, as 2027-03-03: the review recorded that day, or a new one.</summary>
    [BindProperty(SupportsGet = true)] public string Date { get; set => field = value ?? ""; } = "";

    /// <summary>Set by "Correct this record": a signed record's form opens again, and the save must say what changed.</summary>
    [BindProperty(SupportsGet = true)] public bool Correct { get; set; }

    [BindProperty] public ReviewForm Form { get; set; } = new();

    /// <summary>For a correction: what changed since the last signature, in plain words.</summary>
    [BindProperty] public string Changed { get; set => field = value ?? ""; } = "";

    public DateOnly Day { get; private set; }

    public string Name { get; private set; } = "";

    public Case Model { get; private set; } = null!;

    public Review? Existing { get; private set; }

    public bool MayRecord { get; private set; }

    public bool ReadOnly => !MayRecord || (Existing?.IsSigned == true && !Correct);

    public ReviewFindings Findings { get; private set; } = new([], new ReviewForm(), 0);

    public LetterPreview? Preview { get; private set; }

    public string? Problem { get; private set; }

    public string? Message { get; private set; }

    public string? ChangedProblem { get; private set; }

    public DateOnly? ProposedNext { get; private set; }

    public string NameOf(string id) => id == "child" ? Model.Child.PreferredName
        : Model.People.FirstOrDefault(p => p.Id == id) is { } p ? $"{p.ChildName} ({p.Relationship})" : id;

    /// <summary>Every box on the page findings can be shown beside: a preview clears or fills each of them.</summary>
    public IEnumerable<string> Boxes()
    {
        string[] single = [ReviewFindings.ReviewBox, ReviewFindings.ElsewhereBox, "review-iro", "review-people", "review-child-said",
            "review-views-gathered", "review-going-well", "review-scale-question", "review-scale-zero", "review-scale-ten", "review-next-review"];
        return single
            .Concat(Form.Worries.SelectMany((_, i) => new[] { $"review-worries-{i}-what", $"review-worries-{i}-who", $"review-worries-{i}-could-happen", $"review-worries-{i}-goal" }))
            .Concat(Form.Decisions.SelectMany((_, i) => new[] { $"review-decisions-{i}-what", $"review-decisions-{i}-who", $"review-decisions-{i}-by" }))
            .Concat(Form.Scores.Select((_, i) => $"review-scores-{i}"));
    }

    public async Task<IActionResult> OnGetAsync(int? saved)
    {
        if (!TryDay()) return NotFound();
        if (await RefuseAsync(Id, ChildAction.View) is { } refused) return refused;
        MayRecord = await MayAsync(Id, ChildAction.RecordReview);
        if (Correct && !MayRecord) return StatusCode(StatusCodes.Status403Forbidden);
        var latest = await revisions.LatestAsync(Id, HttpContext.RequestAborted);
        if (latest is null) return NotFound();
        await LoadAsync(latest);
        Form = ReviewForm.For(Model, Existing, ProposedNext);
        Own = ConferenceFields.For(Model.Conferences.FirstOrDefault(c => c.Date == Day));
        await audit.RecordAsync(User.Identity?.Name ?? "", AuditActions.View, Id, $"{Kind.Name} {Day:yyyy-MM-dd}");
        if (saved is { } number) Message = $"Saved as version {number}.";
        if (MayRecord && !ReadOnly) Preview = await PreviewAsync(latest);
        return Page();
    }

    /// <summary>The letter redrawn from the unsaved form, with each check's advice sent to the box it is about.</summary>
    public async Task<IActionResult> OnPostPreviewAsync()
    {
        if (!TryDay()) return NotFound();
        if (await RefuseAsync(Id, ChildAction.RecordReview) is { } refused) return refused;
        MayRecord = true;
        var latest = await revisions.LatestAsync(Id, HttpContext.RequestAborted);
        if (latest is null) return NotFound();
        await LoadAsync(latest);
        Preview = await PreviewAsync(latest);
        return Partial("/Reviews/Recording/_LetterPreview.cshtml", this);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!TryDay()) return NotFound();
        if (await RefuseAsync(Id, ChildAction.RecordReview) is { } refused) return refused;
        MayRecord = true;
        var cancel = HttpContext.RequestAborted;
        var latest = await revisions.LatestAsync(Id, cancel);
        if (latest is null) return NotFound();
        var (yaml, contents) = await LoadAsync(latest);
        var signed = Existing?.Signed ?? [];
        if (Existing?.IsSigned == true)
        {
            // A signed record is final: only a correction, which says what changed and is signed again, changes it.
            if (!Correct) return StatusCode(StatusCodes.Status409Conflict, $"This {Kind.Name}'s record is signed. Open it with \"Correct this record\" and say what changed.");
            if (Changed.Trim().Length == 0)
            {
                ChangedProblem = "Say what changed in this correction, in plain words (\"The date of the next review was wrong\"): every reader is told.";
                Problem = "Nothing was saved.";
                Form.WithRoom(Model);
                return Page();
            }
            signed = [.. signed, new ReviewSignature(Existing.Iro ?? User.Identity?.Name ?? "", imports.Today, Changed.Trim())];
        }
        var edited = Edit(yaml, signed);
        if (edited.Problem is { } problem)
        {
            Problem = problem;
            Form.WithRoom(Model);
            return Page();
        }
        var outcome = await imports.CheckAsync(contents.With(new CaseFile("case.yaml", Encoding.UTF8.GetBytes(edited.Yaml!))), cancel);
        Findings = new ReviewFindings(outcome.Findings, Form, ReviewIndex, Kind);
        if (!outcome.Succeeded)
        {
            Problem = outcome.Problem ?? "Some answers need fixing before the review can be saved. Nothing was saved.";
            Form.WithRoom(Model);
            return Page();
        }
        if (edited.Yaml == yaml)
        {
            Message = "Nothing was changed, so nothing was saved.";
            Form.WithRoom(Model);
            return Page();
        }
        var child = await db.Children.SingleAsync(c => c.Id == Id, cancel);
        var corrected = Existing?.IsSigned == true;
        var what = Existing is null ? "Recorded" : corrected ? "Corrected" : "Changed";
        var added = await revisions.AddAsync(child, outcome.Ready!, outcome.PreferredName,
            User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "", $"{what} the {Kind.Name} of {Day:yyyy-MM-dd}", cancel);
        await audit.RecordAsync(User.Identity?.Name ?? "", AuditActions.Edit, Id,
            $"revision {added.Number}: {Kind.Name} {Day:yyyy-MM-dd} {what.ToLowerInvariant()}", cancel);
        return Redirect($"/Children/{Id}/{Kind.Folder}/Record?date={Day:yyyy-MM-dd}&saved={added.Number}");
    }

    /// <summary>Where this review sits in the case's list once written: findings about reviews[i] are about it.</summary>
    private int ReviewIndex => ReviewListEdit.IndexFor(Dates, Day);

    private List<DateOnly> Dates => Kind.Meetings(Model).Select(r => r.Date).ToList();

    private Cases.Editing.EditResult Edit(string yaml, IReadOnlyList<ReviewSignature> signed) =>
        ReviewListEdit.Put(yaml, Dates, Day, indent => ReviewYaml.Write(Form, Day, signed, indent, Kind, Kind.IsConference ? Own.Lines : null), Kind);

    private async Task<LetterPreview> PreviewAsync(CaseRevision latest)
    {
        var cancel = HttpContext.RequestAborted;
        var contents = await revisions.ReadAsync(latest, cancel);
        var yaml = Encoding.UTF8.GetString(contents.Find("case.yaml")!.Content);
        var edited = Edit(yaml, Existing?.Signed ?? []);
        if (edited.Problem is { } problem)
        {
            Problem = problem;
            return new LetterPreview(null, []);
        }
        var folder = (await templates.CurrentAsync(cancel)).Folder;
        var made = await Task.Run(() => LetterPreview.Make(contents.With(new CaseFile("case.yaml", Encoding.UTF8.GetBytes(edited.Yaml!))), Day, imports.Today, folder, Kind.Product), cancel);
        // `check` reads the latest review's letter only: its advice is about this letter only when this is the latest
        // review, and never about a conference's letter.
        var latestReview = !Kind.IsConference && Model.Reviews.Select(r => r.Date).Append(Day).Max() == Day;
        Findings = new ReviewFindings(made.Findings.Where(f => latestReview || f.Field != WordingChecker.LetterField), Form, ReviewIndex, Kind);
        return made;
    }

    private bool TryDay()
    {
        if (!DateOnly.TryParseExact(Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return false;
        Day = day;
        return true;
    }

    private async Task<(string Yaml, CaseFolderContents Contents)> LoadAsync(CaseRevision latest)
    {
        var cancel = HttpContext.RequestAborted;
        var child = await db.Children.AsNoTracking().SingleAsync(c => c.Id == Id, cancel);
        Name = revisions.NameOf(child);
        var contents = await revisions.ReadAsync(latest, cancel);
        var yaml = Encoding.UTF8.GetString(contents.Find("case.yaml")!.Content);
        Model = CaseLoader.LoadBytes(Encoding.UTF8.GetBytes(yaml), Path.GetTempPath()).Case?.Model
            ?? throw new InvalidOperationException("A stored version of a case no longer loads.");
        Existing = Kind.Meetings(Model).FirstOrDefault(r => r.Date == Day);
        if (Kind.IsConference)
        {
            var kind = Model.Conferences.FirstOrDefault(c => c.Date == Day) is { } held ? ReviewYaml.Snake(held.Kind) : "initial";
            ProposedNext = ConferenceFields.ProposedReview(Day, kind);
            return (yaml, contents);
        }
        // The rules propose the next review from this one: counted from the review before it, as the dashboard does.
        var reviews = Existing is null ? Model.Reviews.Append(new Review(Day)).ToList() : Model.Reviews.ToList();
        var rules = await councilRules.CurrentAsync(cancel);
        var schedule = ReviewSchedule.For(Model.Child.LookedAfterSince, reviews, rules.Timescales, rules.Days);
        ProposedNext = schedule.Held.FirstOrDefault(h => h.Date == Day)?.NextDueBy;
        return (yaml, contents);
    }
}
