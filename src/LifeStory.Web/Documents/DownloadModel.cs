using LifeStory.Pipeline;
using LifeStory.Web.Audit;
using LifeStory.Web.Children;
using LifeStory.Web.Documents.Languages;
using LifeStory.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace LifeStory.Web.Documents;

/// <summary>The PDF to print or the accessible web page, named for the document and reader, never for the child.</summary>
public sealed class DownloadModel(ChildAccess access, RevisionStore revisions, DocumentMaker maker, LanguageChoices languages, AuditLog audit) : DocumentPage(access, revisions, maker, languages)
{
    private readonly RevisionStore _revisions = revisions;
    private readonly DocumentMaker _maker = maker;

    [BindProperty(SupportsGet = true)] public string Format { get; set; } = "";

    public async Task<IActionResult> OnGetAsync()
    {
        if (Format == "manifest") return await ManifestAsync();
        OutputFormat? format = Format switch { "pdf" => OutputFormat.Pdf, "html" => OutputFormat.Html, _ => null };
        if (format is null) return NotFound();
        var (refused, made) = await MakeAsync(ChildAction.Generate, format.Value);
        if (refused is not null) return refused;
        if (made is null || !made.Succeeded) return Redirect($"/Children/{Id}/Documents/{Product}/{Reader}{Query}");
        // A chosen meeting's letter names its day, so the trail says which letter went out.
        var meeting = Kind?.ReviewDate is null ? "" : $" of {Date}";
        await audit.RecordAsync(User.Identity?.Name ?? "", AuditActions.Download, Id, $"{Product}{meeting} for {Reader}{Kind!.Language.Words}, {Format}");
        return File(made.Files[0], format == OutputFormat.Pdf ? "application/pdf" : "text/html", $"{made.FileName}.{Format}");
    }

    private async Task<IActionResult> ManifestAsync()
    {
        if (await RefuseAsync(Id, ChildAction.Generate) is { } refused) return refused;
        if (Kind is not { } kind) return NotFound();
        var latest = await _revisions.LatestAsync(Id, HttpContext.RequestAborted);
        if (latest is null) return NotFound();
        var manifest = await _maker.ManifestAsync(latest, () => _revisions.ReadAsync(latest, CancellationToken.None), kind.Product, HttpContext.RequestAborted);
        if (manifest is null) return Redirect($"/Children/{Id}/Documents/{Product}/{Reader}{Query}");
        await audit.RecordAsync(User.Identity?.Name ?? "", AuditActions.Download, Id, $"{Product}, manifest of every version");
        return File(manifest, "application/json", $"{DocumentKind.Slug(kind.Product)}-manifest.json");
    }
}
