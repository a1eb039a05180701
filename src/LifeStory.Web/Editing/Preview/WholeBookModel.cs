using LifeStory.Cases.Model;
using LifeStory.Pipeline;
using LifeStory.Web.Children;
using LifeStory.Web.Documents;
using LifeStory.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace LifeStory.Web.Editing.Preview;

/// <summary>Every page of the latest version's book for one reader, small, each leading to its large view; pictures load as they scroll into sight.</summary>
public sealed class WholeBookModel(ChildAccess access, RevisionStore revisions, DocumentMaker maker) : ChildPage(access)
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)] public string Reader { get; set; } = "child";

    public PagePreview? Made { get; private set; }

    public string ReaderWords => ReaderNames.For(ReaderNames.Parse(Reader) ?? Audience.Child);

    public async Task<IActionResult> OnGetAsync()
    {
        if (await RefuseAsync(Id, ChildAction.Change) is { } refused) return refused;
        if (ReaderNames.Parse(Reader) is not { } reader || !EditPreviewModel.Readers.Any(r => r.Slug == Reader)) return NotFound();
        var latest = await revisions.LatestAsync(Id, HttpContext.RequestAborted);
        if (latest is null) return NotFound();
        Made = await maker.PageAsync(latest, () => revisions.ReadAsync(latest, CancellationToken.None), reader, PreviewSpot.Child, HttpContext.RequestAborted);
        return Page();
    }
}
