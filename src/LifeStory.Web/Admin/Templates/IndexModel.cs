using LifeStory.Web.CouncilTemplates;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LifeStory.Web.Admin.Templates;

/// <summary>The council's wording: template sets uploaded, tried on the sample children, put in use and put back.</summary>
[RequestSizeLimit(MaxUploadBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxUploadBytes)]
public sealed class IndexModel(TemplateSets sets) : PageModel
{
    /// <summary>A templates folder is text: a few hundred KB at most, so a larger upload is refused before it is read.</summary>
    public const long MaxUploadBytes = 4 * 1024 * 1024;

    public IReadOnlyList<TemplateSet> Sets { get; private set; } = [];

    public Guid? LiveId { get; private set; }

    public string? Message { get; private set; }

    public string? Problem { get; private set; }

    [BindProperty] public IFormFile? Upload { get; set; }

    [BindProperty] public string? Note { get; set; }

    private string Actor => User.Identity?.Name ?? "";

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostUploadAsync()
    {
        var cancel = HttpContext.RequestAborted;
        if (Upload is null || Upload.Length == 0) Problem = "Choose the zip of your templates folder first.";
        else
        {
            await using var stream = Upload.OpenReadStream();
            var (set, problem) = await sets.UploadAsync(stream, Note, Actor, cancel);
            if (set is null) Problem = problem + " Nothing was stored.";
            else return Redirect($"/Admin/Templates/{set.Number}");
        }
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostUseAsync(int? number)
    {
        var cancel = HttpContext.RequestAborted;
        var set = number is { } n ? await sets.FindAsync(n, cancel) : null;
        if (number is not null && set is null) return NotFound();
        Problem = await sets.PutInUseAsync(set, Actor, cancel);
        if (Problem is null)
            Message = set is null ? "Books and letters are made with the shipped templates again." : $"Books and letters are now made with set {set.Number}.";
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        var cancel = HttpContext.RequestAborted;
        Sets = await sets.AllAsync(cancel);
        LiveId = await sets.LiveIdAsync(cancel);
    }
}
