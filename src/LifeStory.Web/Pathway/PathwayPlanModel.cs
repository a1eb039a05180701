using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using LifeStory.Cases.Loading;
using LifeStory.Cases.Model;
using LifeStory.Checking;
using LifeStory.Pipeline;
using LifeStory.Web.Audit;
using LifeStory.Web.Children;
using LifeStory.Web.Data;
using LifeStory.Web.Documents;
using LifeStory.Web.Security;
using LifeStory.Web.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LifeStory.Web.Pathway;

/// <summary>
/// The young person's pathway plan: their own words first (about me, each goal as they said it), who signed it, and
/// each version (theirs, and the record) as a web page and a PDF. It is final once the young person has signed it
/// and someone for the council has too (<see cref="PathwayPlan.IsSigned"/>): the page records the young person's
/// signature (given on paper or on the worker's screen) and the adviser's, each as a new revision after the CLI's
/// checks, audited with the hash of each version's PDF.
/// Who: a pathway plan is the social worker's and personal adviser's work with the young person, not the IRO's, so
/// signing needs <see cref="ChildAction.Change"/> (the child's social worker or a team manager); anyone who may see the
/// child reads it.
/// </summary>
public sealed class PathwayPlanModel(ChildAccess access, LifeStoryDb db, RevisionStore revisions, ChildImports imports, DocumentMaker maker,
    AuditLog audit) : ChildPage(access)
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

    /// <summary>The plan's own words as typed: about me first, then Staying Put and the local offer. Goals are written in case.yaml for now.</summary>
    [BindProperty] public PlanWords Words { get; set; } = new();

    public string? Message { get; private set; }

    public sealed class PlanWords
    {
        public string AboutMe { get; set => field = value ?? ""; } = "";

        public string StayingPut { get; set => field = value ?? ""; } = "";

        public string LocalOffer { get; set => field = value ?? ""; } = "";

        public static PlanWords Of(PathwayPlan plan) => new() { AboutMe = plan.AboutMe ?? "", StayingPut = plan.StayingPut ?? "", LocalOffer = plan.LocalOffer ?? "" };

        public IEnumerable<(string Key, string Value)> All() => [("about_me", AboutMe), ("staying_put", StayingPut), ("local_offer", LocalOffer)];
    }

    public async Task<IActionResult> OnGetAsync(int? saved)
    {
        if (await RefuseAsync(Id, ChildAction.View) is { } refused) return refused;
        if (await LoadAsync() is { } missing) return missing;
        Words = PlanWords.Of(Plan);
        if (saved is { } number) Message = $"Saved as version {number}.";
        await audit.RecordAsync(User.Identity?.Name ?? "", AuditActions.View, Id, "pathway plan");
        return Page();
    }

    /// <summary>
    /// Writes the changed words into pathway_plan: as a new version, after the CLI's checks. A signed plan is final:
    /// the young person signed these words, so changing them needs a new plan that they sign again.
    /// </summary>
    public async Task<IActionResult> OnPostSaveAsync()
    {
        if (await RefuseAsync(Id, ChildAction.Change) is { } refused) return refused;
        var typed = Words;
        if (await LoadAsync() is { } missing) return missing;
        Words = typed;
        if (Plan.IsSigned)
        {
            Problem = "This plan is signed by the young person and for the council, so it is final. Write the next plan with them (a new written: date) and sign it again.";
            return Page();
        }
        var cancel = HttpContext.RequestAborted;
        var latest = await revisions.LatestAsync(Id, cancel) ?? throw new InvalidOperationException("A child without revisions.");
        var contents = await revisions.ReadAsync(latest, cancel);
        var yaml = Encoding.UTF8.GetString(contents.Find("case.yaml")!.Content);
        var before = PlanWords.Of(Plan).All().ToDictionary(w => w.Key, w => w.Value);
        var edited = yaml;
        foreach (var (key, value) in typed.All())
        {
            var now = Editing.FieldEdits.Normal(value);
            if (now == Editing.FieldEdits.Normal(before[key])) continue;
            var result = Cases.Editing.CaseYamlEdit.Set(edited, "pathway_plan", key, now.Length == 0 ? null : Cases.Editing.YamlScalar.Write(now, Cases.Editing.FormFieldKind.Text));
            if (result.Yaml is null)
            {
                Problem = $"{result.Problem} Nothing was saved.";
                return Page();
            }
            edited = result.Yaml;
        }
        if (edited == yaml)
        {
            Message = "Nothing was changed, so nothing was saved.";
            return Page();
        }
        var outcome = await imports.CheckAsync(contents.With(new CaseFile("case.yaml", Encoding.UTF8.GetBytes(edited))), cancel);
        if (!outcome.Succeeded)
        {
            Findings = outcome.Findings;
            Problem = outcome.Problem ?? "Some answers need fixing before the plan can be saved. Nothing was saved.";
            return Page();
        }
        var child = await db.Children.SingleAsync(c => c.Id == Id, cancel);
        var added = await revisions.AddAsync(child, outcome.Ready!, outcome.PreferredName, User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "",
            "Changed the pathway plan's words", cancel);
        await audit.RecordAsync(User.Identity?.Name ?? "", AuditActions.Edit, Id, $"revision {added.Number}: pathway plan changed", cancel);
        return Redirect($"/Children/{Id}/PathwayPlan?saved={added.Number}");
    }

    /// <param name="by">child for the young person; otherwise the plan's personal adviser.</param>
    public async Task<IActionResult> OnPostSignAsync(string? by)
    {
        if (await RefuseAsync(Id, ChildAction.Change) is { } refused) return refused;
        if (await LoadAsync() is { } missing) return missing;
        var signer = by == "child" ? "child" : Adviser;
        if (signer is null)
        {
            Problem = "The plan does not name the young person's personal adviser (personal_adviser: in pathway_plan:), so nobody can sign it for the council yet.";
            return Page();
        }
        if (HasSigned(signer))
        {
            Problem = $"{NameOf(signer)} has signed this plan already.";
            return Page();
        }
        var cancel = HttpContext.RequestAborted;
        var latest = await revisions.LatestAsync(Id, cancel) ?? throw new InvalidOperationException("A child without revisions.");
        var contents = await revisions.ReadAsync(latest, cancel);
        var yaml = Encoding.UTF8.GetString(contents.Find("case.yaml")!.Content);
        if (PathwaySignatureYaml.Add(yaml, signer, imports.Today) is not { } signed)
        {
            Problem = "The signature could not be written into case.yaml: pathway_plan: is not written one key per line (or its signed: is not a list of lines). Nothing was saved.";
            return Page();
        }
        var outcome = await imports.CheckAsync(contents.With(new CaseFile("case.yaml", Encoding.UTF8.GetBytes(signed))), cancel);
        if (!outcome.Succeeded)
        {
            Findings = outcome.Findings;
            Problem = outcome.Problem ?? "The plan cannot be signed until these problems in the case are fixed. Nothing was saved.";
            return Page();
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
