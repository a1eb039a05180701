using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LifeStory.Web.Documents;

/// <summary>The document form's target: turns the chosen document and reader into the preview's address (access is checked there).</summary>
public sealed class ChooseModel : PageModel
{
    public IActionResult OnGet(Guid child, string? product, string? reader) =>
        DocumentKind.Parse(product, reader) is null ? NotFound() : Redirect($"/Children/{child}/Documents/{product}/{reader}");
}
