using System.Globalization;
using LifeStory.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace LifeStory.Web.Reviews.Sending;

/// <summary>
/// One review's letters: who gets which version by which route, whether each has gone, and the buttons to send.
/// Every handler asks <see cref="ChildAccess"/> for <see cref="ChildAction.SendLetters"/> first.
/// </summary>
public sealed class SendingModel(ChildAccess access, DistributionList list, LetterSender sender, Documents.Languages.LanguageChoices languages) : ChildPage(access)
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)] public string Date { get; set; } = "";

    /// <summary>Reviews or Conferences, from the address: a conference's outcome is sent the same way as a review's letters.</summary>
    [BindProperty(SupportsGet = true)] public string Folder { get; set; } = "Reviews";

    public Meetings.MeetingKind Kind => Meetings.MeetingKind.ForFolder(Folder);

    [BindProperty] public string? PersonId { get; set; }

    [BindProperty] public string? Reader { get; set; }

    /// <summary>The words of their copy: blank for the usual ones (see <see cref="DistributionList.UsualLanguage"/>).</summary>
    [BindProperty] public string? Language { get; set; }

    [BindProperty] public LetterRoute Route { get; set; }

    [BindProperty] public string? Email { get; set; }

    [BindProperty] public string? Address { get; set; }

    public ReviewLetters Letters { get; private set; } = null!;

    /// <summary>The languages a copy can be in besides English, each by its own name.</summary>
    public IReadOnlyList<Documents.Languages.LanguageOption> Languages { get; private set; } = [];

    public IReadOnlyList<(string Field, string Message)> Problems { get; private set; } = [];

    [TempData] public string? Message { get; set; }

    public string Here => $"/Children/{Id}/{Kind.Folder}/{Date}/Letters";

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ?? Page();

    public async Task<IActionResult> OnPostAddAsync()
    {
        if (await LoadAsync() is { } refused) return refused;
        Problems = await list.AddAsync(Letters, PersonId, Reader, Route, Email, Address, Actor, HttpContext.RequestAborted, Language);
        if (Problems.Count > 0) return Page();
        Message = "Added to the list.";
        return Redirect(Here);
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid recipient)
    {
        if (await LoadAsync() is { } refused) return refused;
        if (!await list.RemoveAsync(Id, recipient, Actor, HttpContext.RequestAborted)) return NotFound();
        Message = "Taken off the list. What was sent to them stays in the audit trail.";
        return Redirect(Here);
    }

    /// <summary>Another language (or easy read) for one line's copy; the next copy sent is in it.</summary>
    public async Task<IActionResult> OnPostLanguageAsync(Guid recipient)
    {
        if (await LoadAsync() is { } refused) return refused;
        if (Letters.Recipients.FirstOrDefault(r => r.Row.Id == recipient) is not { } line) return NotFound();
        Problems = await list.ChangeLanguageAsync(Letters, line, Language, Actor, HttpContext.RequestAborted);
        if (Problems.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        Message = $"{line.Name} will be sent the {LifeStory.Pipeline.ReaderNames.For(line.Reader)} letter{(Documents.Languages.DocumentLanguage.Parse(Language) ?? Documents.Languages.DocumentLanguage.English).Words}.";
        return Redirect(Here);
    }

    /// <summary>Email: sent, and back to the list. Post: the PDF comes back to print, and the list says it went.</summary>
    public async Task<IActionResult> OnPostSendAsync(Guid recipient)
    {
        if (await LoadAsync() is { } refused) return refused;
        if (Letters.Recipients.FirstOrDefault(r => r.Row.Id == recipient) is not { } line) return NotFound();
        var outcome = await sender.SendAsync(Letters, line, Actor, HttpContext.RequestAborted);
        if (!outcome.Sent)
        {
            Problems = [("Send", outcome.Problem!)];
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        if (line.Route == LetterRoute.Post)
            return File(outcome.Pdf!, "application/pdf", $"{Documents.DocumentKind.Slug(Kind.Product)}-{Letters.Review.Date:yyyy-MM-dd}-{line.Reader.ToString().ToLowerInvariant()}{line.Language.FileSuffix}-to-post.pdf");
        Message = Kind.IsPathway
            ? $"The {(line.Reader == LifeStory.Cases.Model.Audience.Child ? "young person's own plan" : "full record")}{line.Language.Words} was emailed to {line.Name}."
            : $"The {LifeStory.Pipeline.ReaderNames.For(line.Reader)} letter{line.Language.Words} was emailed to {line.Name}.";
        return Redirect(Here);
    }

    private string Actor => User.Identity?.Name ?? "";

    private async Task<IActionResult?> LoadAsync()
    {
        if (await RefuseAsync(Id, Kind.SendAction) is { } refused) return refused;
        if (!DateOnly.TryParseExact(Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return NotFound();
        if (await list.LoadAsync(Id, date, HttpContext.RequestAborted, Kind) is not { } letters) return NotFound();
        Letters = letters;
        if (Kind.IsPathway) LeftOut = LifeStory.Reviews.LeftOut.PathwayLeftOut.For(letters.Model);
        Languages = await languages.AllAsync(HttpContext.RequestAborted);
        return null;
    }

    /// <summary>A pathway plan's versions, each with what it leaves out, read before anything is sent; empty for a meeting (its sign-off page shows them).</summary>
    public IReadOnlyList<LifeStory.Reviews.LeftOut.ReaderLeftOut> LeftOut { get; private set; } = [];

    public string? ProblemFor(string field) => Problems.FirstOrDefault(p => p.Field == field).Message;
}
