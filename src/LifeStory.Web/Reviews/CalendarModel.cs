using System.Globalization;
using System.Text;
using LifeStory.Web.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LifeStory.Web.Reviews;

/// <summary>
/// The upcoming reviews as a calendar file. Calendars sync to phones, watches and other people's shared views far
/// beyond the app's protection, so an event names the child only by their initials and reference, never by name, and
/// says nothing else about them. Every download is audited.
/// </summary>
public sealed class CalendarModel(Caseload caseload, AuditLog audit, TimeProvider clock) : PageModel
{
    public async Task<IActionResult> OnGetAsync()
    {
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var events = (await caseload.ForAsync(User, HttpContext.RequestAborted))
            .Where(c => c.Schedule.Next is { } next && next.Expected >= today)
            .Select(c => Event(c, c.Schedule.Next!)).OrderBy(e => e.Day).ThenBy(e => e.Uid, StringComparer.Ordinal).ToList();
        await audit.RecordAsync(User.Identity?.Name ?? "", AuditActions.Download, null, $"review calendar, {events.Count} review{(events.Count == 1 ? "" : "s")}");
        return File(Encoding.UTF8.GetBytes(CalendarFile.Write(events, now)), "text/calendar; charset=utf-8", "reviews.ics");
    }

    private static CalendarEvent Event(ChildReviews child, LifeStory.Reviews.Timescales.NextReview next)
    {
        var who = $"{child.Initials} ({child.Reference})";
        var dueBy = next.DueBy.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        var description = next.Planned is null
            ? $"No date is planned yet. The last day for this review is {dueBy}: {next.Rule.Describe()}."
            : $"The last day for this review is {dueBy}: {next.Rule.Describe()}.";
        return new CalendarEvent($"review-{child.Id:N}-{next.Expected:yyyyMMdd}@lifestory", next.Expected, $"Review: {who}", description);
    }
}
