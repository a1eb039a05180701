using LifeStory.Pipeline;
using LifeStory.Web.Audit;
using LifeStory.Web.Children;
using LifeStory.Web.Documents.Languages;
using LifeStory.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace LifeStory.Web.Documents;

/// <summary>A document's pages as pictures, with its page count, what the pipeline found, and downloads.</summary>
public sealed class PreviewModel(ChildAccess access, RevisionStore revisions, DocumentMaker maker, LanguageChoices languages, AuditLog audit) : DocumentPage(access, revisions, maker, languages)
{
    public Rendition? Made { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var (refused, made) = await MakeAsync(ChildAction.Generate, OutputFormat.Png);
        if (refused is not null) return refused;
        Made = made;
        if (made is not null) await audit.RecordAsync(User.Identity?.Name ?? "", AuditActions.Generate, Id, $"{Product} for {Reader}{Kind!.Language.Words}, preview");
        return Page();
    }
}
