using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using LifeStory.Cases.Loading;
using LifeStory.Cases.Model;
using LifeStory.Checking;
using LifeStory.Pipeline;
using LifeStory.Reviews.LeftOut;
using LifeStory.Web.Audit;
using LifeStory.Web.Children;
using LifeStory.Web.CouncilTemplates;
using LifeStory.Web.Data;
using LifeStory.Web.Documents;
using LifeStory.Web.Reviews.Meetings;
using LifeStory.Web.Security;
using LifeStory.Web.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LifeStory.Web.Reviews.SignOff;

/// <summary>
/// One recorded review: whether its record is signed (and corrected), each reader's version to open, what each
/// version leaves out, and "Sign this record" for the child's IRO. Signing writes the signature into case.yaml as a
/// new revision, after the CLI's own checks, and the audit entry keeps the SHA-256 of every version's PDF.
/// The same page shows and signs a child protection conference (/Children/{id}/Conferences/{date}): the child's letter,
/// the carers' and parents' summaries and the full minutes, signed by its chair (the IRO role, see RecordReviewModel).
/// </summary>
public sealed class ReviewModel(ChildAccess access, LifeStoryDb db, RevisionStore revisions, ChildImports imports, DocumentMaker maker,
    LiveTemplates templates, AuditLog audit) : ChildPage(access)
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)] public string Date { get; set; } = "";

    /// <summary>Reviews or Conferences, from the address.</summary>
    [BindProperty(SupportsGet = true)] public string Folder { get; set; } = "Reviews";

    public MeetingKind Kind => MeetingKind.ForFolder(Folder);

    public string Name { get; private set; } = "";

    public Case? CaseModel { get; private set; }

    public Review? Review { get; private set; }

    public IReadOnlyList<ReaderLeftOut> LeftOut { get; private set; } = [];

    public IReadOnlyList<Finding> Findings { get; private set; } = [];

    public string? Problem { get; private set; }

    public bool MaySign { get; private set; }

    /// <summary>The IRO keeps the letters' list and sends them; the page leads there once the record is signed.</summary>
    public bool MaySend { get; private set; }

    public DateOnly Day => DocumentKind.ParseDate(Date) ?? DateOnly.MinValue;

    public async Task<IActionResult> OnGetAsync()
    {
        if (await RefuseAsync(Id, ChildAction.View) is { } refused) return refused;
        if (await LoadAsync() is { } missing) return missing;
        await audit.RecordAsync(User.Identity?.Name ?? "", AuditActions.View, Id, $"{Kind.Name} {Date}");
        return Page();
    }

    public async Task<IActionResult> OnPostSignAsync()
    {
        if (await RefuseAsync(Id, ChildAction.SignReview) is { } refused) return refused;
        if (await LoadAsync() is { } missing) return missing;
        var review = Review!;
        if (review.IsSigned)
        {
            Problem = "This record is already signed. A change to it is a correction, made from the recording page.";
            return Page();
        }
        if (review.Iro is not { } iro)
        {
            Problem = Kind.IsConference
                ? "This conference does not say who chaired it, so nobody can sign it yet. Choose who chaired it (chair:) on the recording page, then sign."
                : "This review does not say which IRO chaired it, so nobody can sign it yet. Add the IRO (iro:) to the review on the recording page, then sign.";
            return Page();
        }
        var latest = await revisions.LatestAsync(Id, HttpContext.RequestAborted) ?? throw new InvalidOperationException("A child without revisions.");
        var contents = await revisions.ReadAsync(latest, HttpContext.RequestAborted);
        var yaml = Encoding.UTF8.GetString(contents.Find("case.yaml")!.Content);
        var signed = ReviewSignatureYaml.Add(yaml, Day, iro, imports.Today, Kind.List);
        if (signed is null)
        {
            Problem = $"The signature could not be written into case.yaml: the {Kind.Name} of {Date} is not written as a list item under {Kind.List}: with its own date: line. Nothing was saved.";
            return Page();
        }
        var outcome = await imports.CheckAsync(contents.With(new CaseFile("case.yaml", Encoding.UTF8.GetBytes(signed))), HttpContext.RequestAborted);
        if (!outcome.Succeeded)
        {
            Findings = outcome.Findings;
            Problem = outcome.Problem ?? "The record cannot be signed until these problems in the case are fixed. Nothing was saved.";
            return Page();
        }
        var child = await db.Children.SingleAsync(c => c.Id == Id);
        var added = await revisions.AddAsync(child, outcome.Ready!, outcome.PreferredName, AccountId,
            Kind.IsConference ? $"Conference of {SignatureWords.Day(Day)} signed by its chair" : $"Review of {SignatureWords.Day(Day)} signed by the IRO",
            HttpContext.RequestAborted);
        await audit.RecordAsync(User.Identity?.Name ?? "", AuditActions.SignReview, Id,
            $"{Kind.Name} {Date}, revision {added.Number}; PDF SHA-256: {await HashesAsync(added)}");
        return Redirect($"/Children/{Id}/{Kind.Folder}/{Date}");
    }

    /// <summary>"child 3f…, carers 9a…, parents 41…, record c0…": what each reader will be sent, so a copy can be proved later.</summary>
    private async Task<string> HashesAsync(CaseRevision revision)
    {
        var hashes = new List<string>();
        foreach (var reader in ReviewLeftOut.Readers)
        {
            var made = await maker.MakeAsync(revision, () => revisions.ReadAsync(revision, CancellationToken.None),
                new DocumentKind(Kind.Product, reader, Day), OutputFormat.Pdf, HttpContext.RequestAborted);
            var hash = made.Succeeded ? Convert.ToHexStringLower(SHA256.HashData(made.Files[0])) : "not made";
            hashes.Add($"{reader.ToString().ToLowerInvariant()} {hash}");
        }
        return string.Join(", ", hashes);
    }

    private string AccountId => User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";

    /// <summary>The latest revision's case and this review in it, the redaction summary, and what this user may do: 404 when there is no such review.</summary>
    private async Task<IActionResult?> LoadAsync()
    {
        if (DocumentKind.ParseDate(Date) is not { } day) return NotFound();
        var child = await db.Children.AsNoTracking().SingleAsync(c => c.Id == Id);
        Name = revisions.NameOf(child);
        var latest = await revisions.LatestAsync(Id, HttpContext.RequestAborted);
        if (latest is null || await revisions.ReadFileAsync(latest, "case.yaml", HttpContext.RequestAborted) is not { } yaml) return NotFound();
        // The summary reads only case.yaml, with the council's privacy settings, exactly as the versions are made.
        using (var folder = TempCaseFolder.Write(new CaseFolderContents([new CaseFile("case.yaml", yaml)])))
        {
            CaseModel = CaseLoader.Load(folder.CaseFolder).Case?.Model;
            LeftOut = MeetingLeftOut.For(folder.CaseFolder, Kind, day, (await templates.CurrentAsync(HttpContext.RequestAborted)).Folder);
        }
        Review = CaseModel is null ? null : Kind.Meetings(CaseModel).FirstOrDefault(r => r.Date == day);
        if (Review is null) return NotFound();
        MaySign = await MayAsync(Id, ChildAction.SignReview);
        MaySend = await MayAsync(Id, ChildAction.SendLetters);
        return null;
    }
}
