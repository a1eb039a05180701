using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LifeStory.Web.Shared;

/// <summary>Plain pages for "not found", "not allowed" and "too many attempts", which say nothing about whether a child exists.</summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    public string Heading { get; private set; } = "";

    public string Explanation { get; private set; } = "";

    public void OnGet(int code) => (Heading, Explanation) = code switch
    {
        403 => ("You cannot do that", "Your role does not allow this. If you think it should, ask your team manager."),
        404 => ("Page not found", "There is nothing here, or you do not have access to it."),
        429 => ("Too many attempts", "Wait a minute, then try again."),
        _ => ("Something went wrong", "Try again. If it happens again, tell your IT team."),
    };

    public void OnPost(int code) => OnGet(code);
}
