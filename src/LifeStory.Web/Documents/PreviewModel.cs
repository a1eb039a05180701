using LifeStory.Pipeline;
using LifeStory.Web.Audit;
using LifeStory.Web.Children;
using LifeStory.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace LifeStory.Web.Documents;

/// <summary>A document's pages as pictures, with its page count, what the pipeline found, and downloads.</summary>
public sealed class PreviewModel(ChildAccess access, RevisionStore revisions, DocumentMaker maker, AuditLog audit) : DocumentPage(access, revisions, maker)
{
    public Rendition? Made { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var (refused, made) = await MakeAsync(ChildAction.Generate, OutputFormat.Png);
        if (refused is not null) return refused;
        Made = made;
        await audit.RecordAsync(User.Identity?.Name ?? "", AuditActions.Generate, Id, $"{Product} for {Reader}, preview");
        return Page();
    }
}
