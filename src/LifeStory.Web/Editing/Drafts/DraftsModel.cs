using System.Security.Claims;
using System.Text.Json;
using LifeStory.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace LifeStory.Web.Editing.Drafts;

/// <summary>
/// Autosave for the edit forms (wwwroot/js/drafts.js): the form's fields kept as a draft while the person types,
/// offered back when they next open the form, closed when they save or throw it away. Only the draft's writer, and
/// only while they may still change this child, can keep or read it.
/// </summary>
public sealed class DraftsModel(ChildAccess access, DraftStore drafts) : ChildPage(access)
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }

    /// <summary>The form's own address ("/Children/{id}/Edit/Child"): a draft belongs to one form of one child.</summary>
    [BindProperty(SupportsGet = true)] public string Form { get; set; } = "";

    [BindProperty] public string? Fields { get; set; }

    private string AccountId => User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";

    public async Task<IActionResult> OnGetAsync()
    {
        if (await RefuseAsync(Id, ChildAction.Change) is { } refused) return refused;
        if (!IsThisChildsForm()) return BadRequest();
        if (await drafts.FindAsync(AccountId, Id, Form, HttpContext.RequestAborted) is not { } draft) return StatusCode(StatusCodes.Status204NoContent);
        Response.Headers.CacheControl = "no-store";
        return new JsonResult(new { savedUtc = DateTime.SpecifyKind(draft.SavedUtc, DateTimeKind.Utc), fields = JsonDocument.Parse(draft.FieldsJson).RootElement });
    }

    public async Task<IActionResult> OnPostKeepAsync()
    {
        if (await RefuseAsync(Id, ChildAction.Change) is { } refused) return refused;
        if (!IsThisChildsForm() || Fields is null || Fields.Length > DraftStore.MaxBytes || !IsFieldMap(Fields)) return BadRequest();
        await drafts.KeepAsync(AccountId, Id, Form, Fields, HttpContext.RequestAborted);
        return StatusCode(StatusCodes.Status204NoContent);
    }

    public async Task<IActionResult> OnPostDiscardAsync()
    {
        if (await RefuseAsync(Id, ChildAction.Change) is { } refused) return refused;
        if (!IsThisChildsForm()) return BadRequest();
        await drafts.CloseAsync(AccountId, Id, Form, HttpContext.RequestAborted);
        return StatusCode(StatusCodes.Status204NoContent);
    }

    /// <summary>Drafts are only ever of this child's edit forms: the address is checked, never trusted.</summary>
    private bool IsThisChildsForm() => Form.StartsWith($"/Children/{Id}/Edit/", StringComparison.Ordinal)
        && Form.Length < 200 && Form.All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '-' or '_');

    /// <summary>A draft is a flat map of field names to text, nothing else: anything else is refused.</summary>
    private static bool IsFieldMap(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.EnumerateObject().All(p => p.Value.ValueKind == JsonValueKind.String);
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
