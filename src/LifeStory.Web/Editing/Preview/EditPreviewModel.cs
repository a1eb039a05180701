using System.Text;
using LifeStory.Cases.Loading;
using LifeStory.Cases.Model;
using LifeStory.Pipeline;
using LifeStory.Web.Children;
using LifeStory.Web.Documents;
using LifeStory.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace LifeStory.Web.Editing.Preview;

/// <summary>
/// The preview panel beside an edit form: the latest version's page holding what is edited, for the chosen reader.
/// The page is drawn before this answers, so the picture it points at is ready when the browser asks for it.
/// </summary>
public sealed class EditPreviewModel(ChildAccess access, RevisionStore revisions, DocumentMaker maker) : ChildPage(access)
{
    public static IReadOnlyList<(string Slug, string Words)> Readers { get; } =
        [("child", "Child's"), ("carers", "Carers'"), ("parents", "Parents'")];

    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)] public string Show { get; set; } = "child";

    [BindProperty(SupportsGet = true)] public string Reader { get; set; } = "child";

    public EditPreviewPlace Place => new(Id, Show);

    public PagePreview? Made { get; private set; }

    /// <summary>The panel shows a photo or drawing's page, which may be missing because nothing places it yet.</summary>
    public bool ShowsPicture => Show.StartsWith("picture:", StringComparison.Ordinal);

    public string ReaderWords => ReaderNames.For(ReaderNames.Parse(Reader) ?? Audience.Child);

    public async Task<IActionResult> OnGetAsync()
    {
        if (await RefuseAsync(Id, ChildAction.Change) is { } refused) return refused;
        if (ReaderNames.Parse(Reader) is not { } reader || !Readers.Any(r => r.Slug == Reader)) return NotFound();
        var cancel = HttpContext.RequestAborted;
        var latest = await revisions.LatestAsync(Id, cancel);
        if (latest is null) return NotFound();
        PreviewSpot spot;
        if (Show == "child") spot = PreviewSpot.Child;
        else if (Show.StartsWith("story:", StringComparison.Ordinal))
        {
            var yaml = await revisions.ReadFileAsync(latest, "case.yaml", cancel) ?? [];
            var section = CaseLoader.LoadBytes(yaml, Path.GetTempPath()).Case?.Model.Story.FirstOrDefault(s => s.Id == Show["story:".Length..]);
            if (section is null) return NotFound();
            spot = PreviewSpot.Story(section.Title);
        }
        else if (Show.StartsWith("picture:", StringComparison.Ordinal))
        {
            // Only a photo or drawing the case lists: the panel never looks for anything else in the book.
            var file = Show["picture:".Length..];
            var model = CaseLoader.LoadBytes(await revisions.ReadFileAsync(latest, "case.yaml", cancel) ?? [], Path.GetTempPath()).Case?.Model;
            if (model is null || !model.Photos.Any(p => p.File == file) && !model.Drawings.Any(d => d.File == file)) return NotFound();
            spot = PreviewSpot.PictureFile(file);
        }
        else if (Show.StartsWith("list:", StringComparison.Ordinal) && CaseLists.All.FirstOrDefault(l => l.Key == Show["list:".Length..]) is { } list)
            spot = new PreviewSpot(list.BookHeading, OrCover: true);
        else return NotFound();
        Made = await maker.PageAsync(latest, () => revisions.ReadAsync(latest, CancellationToken.None), reader, spot, cancel);
        return Page();
    }
}
