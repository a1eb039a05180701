using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LifeStory.Web.Security;

/// <summary>A page about one child: every handler starts by asking <see cref="ChildAccess"/>, and stops with 404 or 403 when refused.</summary>
public abstract class ChildPage(ChildAccess access) : PageModel
{
    /// <summary>The refusal to return, or null when this user may do this to this child.</summary>
    protected async Task<IActionResult?> RefuseAsync(Guid childId, ChildAction action) =>
        await access.DecideAsync(User, childId, action, HttpContext.RequestAborted) switch
        {
            AccessDecision.Allowed => null,
            AccessDecision.Forbidden => StatusCode(StatusCodes.Status403Forbidden),
            _ => NotFound(),
        };

    protected Task<bool> MayAsync(Guid childId, ChildAction action) =>
        access.DecideQuietAsync(User, childId, action, HttpContext.RequestAborted);
}
