using LifeStory.Pipeline;
using LifeStory.Web.Children;
using LifeStory.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace LifeStory.Web.Documents;

/// <summary>A page that makes a document of one child's latest revision: access first, then the pipeline (cached).</summary>
public abstract class DocumentPage(ChildAccess access, RevisionStore revisions, DocumentMaker maker) : ChildPage(access)
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)] public string Product { get; set; } = "";

    [BindProperty(SupportsGet = true)] public string Reader { get; set; } = "";

    /// <summary>For a review letter, the meeting's day (?date=2026-09-15); the latest meeting when absent.</summary>
    [BindProperty(SupportsGet = true)] public string? Date { get; set; }

    public DocumentKind? Kind => DocumentKind.Parse(Product, Reader, Date);

    protected async Task<(IActionResult? Refused, Rendition? Made)> MakeAsync(ChildAction action, OutputFormat format)
    {
        if (await RefuseAsync(Id, action) is { } refused) return (refused, null);
        if (Kind is not { } kind) return (NotFound(), null);
        var latest = await revisions.LatestAsync(Id, HttpContext.RequestAborted);
        if (latest is null) return (NotFound(), null);
        var made = await maker.MakeAsync(latest, () => revisions.ReadAsync(latest, CancellationToken.None), kind, format, HttpContext.RequestAborted);
        return (null, made);
    }
}
