using LifeStory.Web.Documents.Languages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LifeStory.Web.Documents;

/// <summary>
/// The document form's target: turns the chosen document, reader and words into the preview's address (access, and
/// whether the language and easy read can be made, are checked there). Easy read wins over a language: it is a
/// letter of its own, in English for now; "in two languages" puts English beside the chosen one.
/// </summary>
public sealed class ChooseModel : PageModel
{
    public IActionResult OnGet(Guid child, string? product, string? reader, string? language, bool both, bool easyRead)
    {
        if (DocumentKind.Parse(product, reader) is null) return NotFound();
        var chosen = easyRead ? DocumentLanguage.EasyReadLetter
            : DocumentLanguage.Parse(language) is { Tag: { } tag } ? both ? DocumentLanguage.Both(tag) : DocumentLanguage.In(tag)
            : DocumentLanguage.English;
        var query = chosen.IsEnglish ? "" : "?language=" + Uri.EscapeDataString(chosen.Value);
        return Redirect($"/Children/{child}/Documents/{product}/{reader}{query}");
    }
}
