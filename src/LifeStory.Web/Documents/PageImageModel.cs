using LifeStory.Pipeline;
using LifeStory.Web.Children;
using LifeStory.Web.Documents.Languages;
using LifeStory.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace LifeStory.Web.Documents;

/// <summary>One page of a document as a PNG (the engine's own rendition at 150 dpi), from the cache once made.</summary>
public sealed class PageImageModel(ChildAccess access, RevisionStore revisions, DocumentMaker maker, LanguageChoices languages) : DocumentPage(access, revisions, maker, languages)
{
    [BindProperty(SupportsGet = true)] public int Number { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var (refused, made) = await MakeAsync(ChildAction.View, OutputFormat.Png);
        if (refused is not null) return refused;
        if (made is null || Number < 1 || Number > made.Files.Count) return NotFound();
        return File(made.Files[Number - 1], "image/png");
    }
}
