using LifeStory.Web.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LifeStory.Web.Reviews.Sending;

/// <summary>
/// The week's letters: every signed letter still waiting, and one button that makes them all — emailing the email
/// copies and drawing the post copies into one print pack — on the server's worker while the page shows progress.
/// </summary>
public sealed class BatchModel(WaitingLetters waiting, LetterBatches batches, AuditLog audit) : PageModel
{
    public IReadOnlyList<(ReviewLetters Letters, RecipientLine Line)> Waiting { get; private set; } = [];

    public LetterBatch? Batch { get; private set; }

    public string? Problem { get; private set; }

    private string Owner => User.Identity?.Name ?? "";

    public async Task<IActionResult> OnGetAsync(Guid? job)
    {
        Batch = job is { } id ? batches.Find(id, Owner) : null;
        if (job is not null && Batch is null) return NotFound();
        Waiting = await waiting.ForAsync(User, HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnPostStartAsync()
    {
        Waiting = await waiting.ForAsync(User, HttpContext.RequestAborted);
        if (Waiting.Count == 0)
        {
            Problem = "No signed letter is waiting to be sent.";
            return Page();
        }
        var items = Waiting.Select(w => new BatchItem(w.Letters.ChildId, w.Letters.Review.Date, w.Line.Row.Id, w.Line.Route)).ToList();
        if (batches.Start(Owner, items) is not { } batch)
        {
            Problem = $"{LetterBatches.MostWaiting} batches are being made already. Try again in a few minutes.";
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return Page();
        }
        return Redirect($"/Reviews/Letters?job={batch.Id}");
    }

    /// <summary>The progress panel alone, for htmx to swap in every second until the batch is done.</summary>
    public IActionResult OnGetProgress(Guid job)
    {
        Batch = batches.Find(job, Owner);
        return Batch is null ? NotFound() : Partial("_BatchProgress", this);
    }

    public async Task<IActionResult> OnGetPackAsync(Guid job)
    {
        if (batches.Find(job, Owner) is not { Pack: { } pack } batch) return NotFound();
        await audit.RecordAsync(Owner, AuditActions.Download, null, $"print pack of {batch.Posted} review letter{(batch.Posted == 1 ? "" : "s")}, SHA-256 {batch.PackHash}");
        return File(pack, "application/pdf", $"review-letters-to-post-{batch.Started:yyyy-MM-dd}.pdf");
    }
}
