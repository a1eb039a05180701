using System.Security.Claims;
using LifeStory.Web.Data;
using LifeStory.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LifeStory.Web.Editing.Presence;

/// <summary>
/// Asked by each open edit form every 20 seconds (htmx): notes the person as present and answers with who else is
/// editing this child, in words. Someone who may not change the child learns nothing here.
/// </summary>
public sealed class PresenceModel(ChildAccess access, EditingPresence presence, LifeStoryDb db, TimeProvider clock) : ChildPage(access)
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)] public string Form { get; set; } = "";

    public IReadOnlyList<Editor> Others { get; private set; } = [];

    public DateTimeOffset Now => clock.GetUtcNow();

    public async Task<IActionResult> OnGetAsync()
    {
        if (await RefuseAsync(Id, ChildAction.Change) is { } refused) return refused;
        if (!Form.StartsWith($"/Children/{Id}/Edit/", StringComparison.Ordinal) || Form.Length > 200) return BadRequest();
        var accountId = User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
        var name = await db.Users.Where(u => u.Id == accountId).Select(u => u.DisplayName).SingleAsync(HttpContext.RequestAborted);
        Others = presence.CheckIn(Id, accountId, name, Form);
        Response.Headers.CacheControl = "no-store";
        return Page();
    }

    /// <summary>"the child's details", "the people" — the last part of the form's address, in words.</summary>
    public static string Describe(string form)
    {
        var part = form[(form.LastIndexOf('/') + 1)..].ToLowerInvariant();
        return part == "child" ? "the child's details" : "the " + part.Replace('-', ' ');
    }

    public string Since(Editor editor)
    {
        var minutes = (int)(Now - editor.Since).TotalMinutes;
        return minutes < 1 ? "just now" : minutes == 1 ? "for a minute" : $"for {minutes} minutes";
    }
}
