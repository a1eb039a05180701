using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using LifeStory.Cases.Loading;
using LifeStory.Cases.Model;
using LifeStory.Checking;
using LifeStory.Pipeline;
using LifeStory.Reviews.LeftOut;
using LifeStory.Web.Audit;
using LifeStory.Web.CouncilTemplates;
using LifeStory.Web.Reviews.Recording;
using LifeStory.Web.Children;
using LifeStory.Web.Data;
using LifeStory.Web.Documents;
using LifeStory.Web.Security;
using LifeStory.Web.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LifeStory.Web.Pathway;

/// <summary>
/// The young person's pathway plan: their own words first (about me, each goal as they said it), who signed it, each
/// version (theirs, and the record) as a web page and a PDF, and what each version leaves out. The worker writes the
/// plan with them here (<see cref="PathwayPlanForm"/>, written by <see cref="PathwayPlanYaml"/> in place of the plan
/// in case.yaml, every other byte kept) and sees their copy redrawn beside the form. It is final once the young person
/// has signed it and someone for the council has too (<see cref="PathwayPlan.IsSigned"/>): after that a change is a
/// correction that says what changed and is signed again, as a review's is. Each signature and correction is a new
/// revision after the CLI's checks, audited with the hash of each version's PDF.
/// Who: a pathway plan is the social worker's and personal adviser's work with the young person, not the IRO's, so
/// writing and signing need <see cref="ChildAction.Change"/> (the child's social worker or a team manager); anyone who
/// may see the child reads it.
/// </summary>
public sealed class PathwayPlanModel(ChildAccess access, LifeStoryDb db, RevisionStore revisions, ChildImports imports, DocumentMaker maker,
    AuditLog audit, LiveTemplates templates) : ChildPage(access)
{
    /// <summary>The versions a plan has: the young person's own, and the full record for the adviser's file.</summary>
    public static readonly Audience[] Readers = [Audience.Child, Audience.Record];

    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }

    public string Name { get; private set; } = "";

    public Case Model { get; private set; } = null!;

    public PathwayPlan Plan { get; private set; } = null!;

    public bool MaySign { get; private set; }

    public string? Problem { get; private set; }

    public IReadOnlyList<Finding> Findings { get; private set; } = [];

    /// <summary>Who signs for the council: the plan's personal adviser; null when the plan names none.</summary>
    public string? Adviser => Plan.PersonalAdviser;

    public string NameOf(string id) => id == "child" ? Model.Child.PreferredName : Model.People.FirstOrDefault(p => p.Id == id)?.Name ?? id;

    public bool HasSigned(string id) => Plan.Signed.Any(s => s.By == id);

    /// <summary>The plan as typed: about me, the goals, the adviser, Staying Put, the local offer, the next look at it.</summary>
    [BindProperty] public PathwayPlanForm Form { get; set; } = new();

    /// <summary>Set by "Correct this plan": a signed plan's form opens again, and the save must say what changed.</summary>
    [BindProperty(SupportsGet = true)] public bool Correct { get; set; }

    /// <summary>For a correction: what changed since it was signed, in plain words.</summary>
    [BindProperty] public string Changed { get; set => field = value ?? ""; } = "";

    public string? ChangedProblem { get; private set; }

    public string? Message { get; private set; }

    /// <summary>The young person's copy made from the form as it stands, beside the form.</summary>
    public LetterPreview? Preview { get; private set; }

    /// <summary>What each version leaves out, as the full record says it.</summary>
    public IReadOnlyList<ReaderLeftOut> LeftOut { get; private set; } = [];

    /// <summary>The form is open: the plan is not final yet, or this is a correction of a signed one.</summary>
    public bool Editable => MaySign && (!Plan.IsSigned || Correct);

    /// <summary>The people who can help with a goal or be the adviser: everyone in the case who is alive, as the young person knows them.</summary>
    public IEnumerable<(string Id, string Label)> Helpers() =>
        Model.People.Where(p => p.Died is null).Select(p => (p.Id, $"{p.Name} ({p.Relationship})"));

    public async Task<IActionResult> OnGetAsync(int? saved)
    {
        if (await RefuseAsync(Id, ChildAction.View) is { } refused) return refused;
        if (await LoadAsync() is { } missing) return missing;
        if (Correct && !MaySign) return StatusCode(StatusCodes.Status403Forbidden);
        Form = PathwayPlanForm.For(Plan);
        if (saved is { } number) Message = $"Saved as version {number}.";
        await audit.RecordAsync(User.Identity?.Name ?? "", AuditActions.View, Id, "pathway plan");
        if (Editable) Preview = await PreviewAsync();
        LeftOut = await LeftOutAsync();
        return Page();
    }

    /// <summary>The age from which a plan can be started: its assessment begins before 16, so it is ready on the birthday.</summary>
    public const int StartsFrom = 15;

    /// <summary>
    /// Starts a plan for a young person who has none: case.yaml gains `pathway_plan:` written today, every other byte
    /// kept, as a new version after the CLI's checks; the page then takes the goals in their words. A plan already
    /// there is never replaced: the page opens it instead.
    /// </summary>
    public async Task<IActionResult> OnPostStartAsync()
    {
        if (await RefuseAsync(Id, ChildAction.Change) is { } refused) return refused;
        var cancel = HttpContext.RequestAborted;
        var (yaml, contents) = await CaseYamlAsync();
        if (CaseLoader.LoadBytes(Encoding.UTF8.GetBytes(yaml), Path.GetTempPath()).Case?.Model is not { } model) return NotFound();
        if (model.PathwayPlan is not null) return Redirect($"/Children/{Id}/PathwayPlan");
        // The same rule as the record page's offer: a plan is for a young person of 15 or over.
        var age = LifeStory.Wording.Ages.YearsOld(model.Child.DateOfBirth, imports.Today);
        if (age < StartsFrom)
            return StatusCode(StatusCodes.Status409Conflict, $"A pathway plan is written with a young person from 16 (its assessment from 15); {model.Child.PreferredName} is {age}.");
        var written = imports.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var edited = Cases.Editing.SectionEdit.Put(yaml, PathwayPlanYaml.Key, $"{PathwayPlanYaml.Key}:\n  written: {written}\n");
        if (edited.Yaml is null) return StatusCode(StatusCodes.Status409Conflict, edited.Problem ?? "The plan could not be written into case.yaml.");
        var outcome = await imports.CheckAsync(contents.With(new CaseFile("case.yaml", Encoding.UTF8.GetBytes(edited.Yaml))), cancel);
        if (!outcome.Succeeded) return StatusCode(StatusCodes.Status409Conflict, outcome.Problem ?? "The case does not load, so a plan cannot be started. Open its record to see why.");
        var child = await db.Children.SingleAsync(c => c.Id == Id, cancel);
        var added = await revisions.AddAsync(child, outcome.Ready!, outcome.PreferredName, User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "",
            "Started the pathway plan", cancel);
        await audit.RecordAsync(User.Identity?.Name ?? "", AuditActions.Edit, Id, $"revision {added.Number}: pathway plan started, written {written}", cancel);
        return Redirect($"/Children/{Id}/PathwayPlan?saved={added.Number}");
    }

    /// <summary>The young person's copy redrawn from the unsaved form, with the checks' advice under it.</summary>
    public async Task<IActionResult> OnPostPreviewAsync()
    {
        if (await RefuseAsync(Id, ChildAction.Change) is { } refused) return refused;
        if (await LoadAsync() is { } missing) return missing;
        Preview = await PreviewAsync();
        return Partial("/Pathway/_PlanPreview.cshtml", this);
    }

    /// <summary>
    /// Writes the plan into case.yaml as a new version, after the CLI's checks. A signed plan is final: the young
    /// person signed these words, so a change is a correction, which says what changed and is signed again.
    /// </summary>
    public async Task<IActionResult> OnPostSaveAsync()
    {
        if (await RefuseAsync(Id, ChildAction.Change) is { } refused) return refused;
        if (await LoadAsync() is { } missing) return missing;
        var signed = Plan.Signed;
        if (Plan.IsSigned)
        {
            if (!Correct)
            {
                Problem = "This plan is signed by the young person and for the council, so it is final. Use \"Correct this plan\" and say what changed; it is signed again.";
                Response.StatusCode = StatusCodes.Status409Conflict;
                return await ShowAsync();
            }
            if (Changed.Trim().Length == 0)
            {
                ChangedProblem = "Say what changed in this correction, in plain words (\"The date of the next review was wrong\"): the record says what was corrected.";
                Problem = "Nothing was saved.";
                return await ShowAsync();
            }
            signed = [.. signed, new ReviewSignature(CouncilSigner, imports.Today, Changed.Trim())];
        }
        // Before the plan is final, a signature is for the words as they were when it was given: changed words are
        // signed again, never carried over (the young person must not seem to have agreed to words they never saw).
        var signedBefore = Plan.IsSigned ? [] : Plan.Signed.Select(s => s.By == "child" ? "the young person" : s.By).Distinct().ToList();
        if (!Plan.IsSigned) signed = [];
        var cancel = HttpContext.RequestAborted;
        var (yaml, contents) = await CaseYamlAsync();
        var edited = Edit(yaml, signed);
        if (edited.Problem is { } problem)
        {
            Problem = $"{problem} Nothing was saved.";
            return await ShowAsync();
        }
        // Unchanged words with their signatures as they are: nothing to save, and nobody's signature is taken off.
        if (edited.Yaml == yaml || (!Plan.IsSigned && Edit(yaml, Plan.Signed).Yaml == yaml))
        {
            Message = "Nothing was changed, so nothing was saved.";
            return await ShowAsync();
        }
        var outcome = await imports.CheckAsync(contents.With(new CaseFile("case.yaml", Encoding.UTF8.GetBytes(edited.Yaml!))), cancel);
        if (!outcome.Succeeded)
        {
            Findings = outcome.Findings;
            Problem = outcome.Problem ?? "Some answers need fixing before the plan can be saved. Nothing was saved.";
            return await ShowAsync();
        }
        var child = await db.Children.SingleAsync(c => c.Id == Id, cancel);
        var what = Plan.IsSigned ? "Corrected" : "Changed";
        var added = await revisions.AddAsync(child, outcome.Ready!, outcome.PreferredName, User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "",
            $"{what} the pathway plan", cancel);
        var detail = Plan.IsSigned
            ? $"revision {added.Number}: pathway plan corrected and signed by {CouncilSigner} ({Changed.Trim()}); PDF SHA-256: {await HashesAsync(added)}"
            : signedBefore.Count > 0
                ? $"revision {added.Number}: pathway plan changed; signed before by {string.Join(" and ", signedBefore)}, whose signature is taken off to sign the new words"
                : $"revision {added.Number}: pathway plan changed";
        await audit.RecordAsync(User.Identity?.Name ?? "", AuditActions.Edit, Id, detail, cancel);
        return Redirect($"/Children/{Id}/PathwayPlan?saved={added.Number}");
    }

    /// <summary>Who signs a correction: the adviser, or whoever signed for the council when the plan names no adviser.</summary>
    private string CouncilSigner => Adviser ?? Plan.Signed.Last(s => s.By != "child").By;

    private Cases.Editing.EditResult Edit(string yaml, IReadOnlyList<ReviewSignature> signed) =>
        Cases.Editing.SectionEdit.Put(yaml, PathwayPlanYaml.Key, PathwayPlanYaml.Write(Form, signed));

    /// <summary>The page again after a refused save: the form as typed, with room to add, and the preview of it.</summary>
    private async Task<IActionResult> ShowAsync()
    {
        Form.WithRoom();
        if (Editable) Preview = await PreviewAsync();
        LeftOut = await LeftOutAsync();
        return Page();
    }

    private async Task<(string Yaml, CaseFolderContents Contents)> CaseYamlAsync()
    {
        var cancel = HttpContext.RequestAborted;
        var latest = await revisions.LatestAsync(Id, cancel) ?? throw new InvalidOperationException("A child without revisions.");
        var contents = await revisions.ReadAsync(latest, cancel);
        return (Encoding.UTF8.GetString(contents.Find("case.yaml")!.Content), contents);
    }

    private async Task<LetterPreview> PreviewAsync()
    {
        var cancel = HttpContext.RequestAborted;
        var (yaml, contents) = await CaseYamlAsync();
        var edited = Edit(yaml, Plan.Signed);
        if (edited.Problem is { } problem) return new LetterPreview(null, [new Finding(Severity.Error, "plan-not-written", null, PathwayPlanYaml.Key, problem)]);
        var folder = (await templates.CurrentAsync(cancel)).Folder;
        var made = await Task.Run(() => LetterPreview.Make(contents.With(new CaseFile("case.yaml", Encoding.UTF8.GetBytes(edited.Yaml!))),
            Plan.Written, imports.Today, folder, Product.PathwayPlan), cancel);
        // The checks read the whole case: only what they say about the plan is advice for this form.
        return made with { Findings = made.Findings.Where(f => f.IsError || f.Field.StartsWith(PathwayPlanYaml.Key, StringComparison.Ordinal)).ToList() };
    }

    /// <summary>What each version leaves out, from the latest saved plan (what would be sent).</summary>
    private async Task<IReadOnlyList<ReaderLeftOut>> LeftOutAsync()
    {
        var cancel = HttpContext.RequestAborted;
        var (_, contents) = await CaseYamlAsync();
        var folder = (await templates.CurrentAsync(cancel)).Folder;
        return await Task.Run(() =>
        {
            using var written = TempCaseFolder.Write(contents);
            return PathwayLeftOut.For(written.CaseFolder, folder);
        }, cancel);
    }

    /// <param name="by">child for the young person; otherwise the plan's personal adviser.</param>
    public async Task<IActionResult> OnPostSignAsync(string? by)
    {
        if (await RefuseAsync(Id, ChildAction.Change) is { } refused) return refused;
        if (await LoadAsync() is { } missing) return missing;
        Form = PathwayPlanForm.For(Plan);
        var signer = by == "child" ? "child" : Adviser;
        if (signer is null)
        {
            Problem = "The plan does not name the young person's personal adviser (personal_adviser: in pathway_plan:), so nobody can sign it for the council yet.";
            return await ShowAsync();
        }
        if (HasSigned(signer))
        {
            Problem = $"{NameOf(signer)} has signed this plan already.";
            return await ShowAsync();
        }
        var cancel = HttpContext.RequestAborted;
        var latest = await revisions.LatestAsync(Id, cancel) ?? throw new InvalidOperationException("A child without revisions.");
        var contents = await revisions.ReadAsync(latest, cancel);
        var yaml = Encoding.UTF8.GetString(contents.Find("case.yaml")!.Content);
        if (PathwaySignatureYaml.Add(yaml, signer, imports.Today) is not { } signed)
        {
            Problem = "The signature could not be written into case.yaml: pathway_plan: is not written one key per line (or its signed: is not a list of lines). Nothing was saved.";
            return await ShowAsync();
        }
        var outcome = await imports.CheckAsync(contents.With(new CaseFile("case.yaml", Encoding.UTF8.GetBytes(signed))), cancel);
        if (!outcome.Succeeded)
        {
            Findings = outcome.Findings;
            Problem = outcome.Problem ?? "The plan cannot be signed until these problems in the case are fixed. Nothing was saved.";
            return await ShowAsync();
        }
        var child = await db.Children.SingleAsync(c => c.Id == Id, cancel);
        var who = signer == "child" ? "the young person" : "the personal adviser";
        var added = await revisions.AddAsync(child, outcome.Ready!, outcome.PreferredName, User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "",
            $"Pathway plan signed by {who}", cancel);
        await audit.RecordAsync(User.Identity?.Name ?? "", AuditActions.Edit, Id,
            $"revision {added.Number}: pathway plan signed by {signer}; PDF SHA-256: {await HashesAsync(added)}", cancel);
        return Redirect($"/Children/{Id}/PathwayPlan");
    }

    /// <summary>"child 3f…, record c0…": what each reader's PDF is now, so a copy can be proved later.</summary>
    private async Task<string> HashesAsync(CaseRevision revision)
    {
        var hashes = new List<string>();
        foreach (var reader in Readers)
        {
            var made = await maker.MakeAsync(revision, () => revisions.ReadAsync(revision, CancellationToken.None),
                new DocumentKind(Product.PathwayPlan, reader), OutputFormat.Pdf, HttpContext.RequestAborted);
            hashes.Add($"{reader.ToString().ToLowerInvariant()} {(made.Succeeded ? Convert.ToHexStringLower(SHA256.HashData(made.Files[0])) : "not made")}");
        }
        return string.Join(", ", hashes);
    }

    private async Task<IActionResult?> LoadAsync()
    {
        var child = await db.Children.AsNoTracking().SingleAsync(c => c.Id == Id);
        Name = revisions.NameOf(child);
        var latest = await revisions.LatestAsync(Id, HttpContext.RequestAborted);
        if (latest is null || await revisions.ReadFileAsync(latest, "case.yaml", HttpContext.RequestAborted) is not { } yaml) return NotFound();
        if (CaseLoader.LoadBytes(yaml, Path.GetTempPath()).Case?.Model is not { PathwayPlan: { } plan } model) return NotFound();
        (Model, Plan) = (model, plan);
        MaySign = await MayAsync(Id, ChildAction.Change);
        return null;
    }
}
