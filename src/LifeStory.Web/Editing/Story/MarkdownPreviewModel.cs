using LifeStory.Documents.Pictures;
using LifeStory.Documents.Rendering.Html;
using LifeStory.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace LifeStory.Web.Editing.Story;

/// <summary>
/// The words of a story section as the book's web page would show them, redrawn as the person types. It is the
/// engine's own HTML rendition (HTML in the text disabled, typed attributes dropped), so what is typed as a tag is
/// shown as typed and never runs. Pictures are not drawn here (the page preview beside the form shows them).
/// </summary>
public sealed class MarkdownPreviewModel(ChildAccess access) : ChildPage(access)
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }

    [BindProperty] public string Markdown { get; set; } = "";

    public string Html { get; private set; } = "";

    /// <summary>Story sections are bounded by the case's own limits; the preview refuses more than a long chapter.</summary>
    public const int MostCharacters = 100_000;

    public async Task<IActionResult> OnPostAsync()
    {
        if (await RefuseAsync(Id, ChildAction.Change) is { } refused) return refused;
        if (Markdown.Length > MostCharacters) return StatusCode(StatusCodes.Status413PayloadTooLarge);
        Html = Render(Markdown);
        return Page();
    }

    private static readonly FolderPictureSource NoPictures = new(_ => null);

    public static string Render(string markdown) => markdown.Trim().Length == 0
        ? "<p class=\"hint\">Nothing written yet.</p>"
        : HtmlWriter.WriteFragment(markdown, NoPictures);
}
