using LifeStory.Pipeline;
using LifeStory.Web.Children;
using LifeStory.Web.Documents;
using LifeStory.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace LifeStory.Web.Editing.Preview;

/// <summary>
/// One page of one version's book for one reader, as a PNG. The version is in the address, so a save gives the
/// preview a new picture address and the browser can never show the page from before it.
/// </summary>
public sealed class PreviewImageModel(ChildAccess access, RevisionStore revisions, DocumentMaker maker) : ChildPage(access)
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)] public string Reader { get; set; } = "";

    [BindProperty(SupportsGet = true)] public int Number { get; set; }

    [BindProperty(SupportsGet = true, Name = "sheet")] public int PageNumber { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await RefuseAsync(Id, ChildAction.View) is { } refused) return refused;
        if (ReaderNames.Parse(Reader) is not { } reader) return NotFound();
        var revision = await revisions.FindAsync(Id, Number, HttpContext.RequestAborted);
        if (revision is null) return NotFound();
        var png = await maker.PageImageAsync(revision, () => revisions.ReadAsync(revision, CancellationToken.None), reader, PageNumber, HttpContext.RequestAborted);
        return png is null ? NotFound() : File(png, "image/png");
    }
}
