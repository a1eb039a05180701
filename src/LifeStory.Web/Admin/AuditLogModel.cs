using System.Globalization;
using System.Text;
using LifeStory.Web.Audit;
using LifeStory.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LifeStory.Web.Admin;

/// <summary>The whole audit log as CSV, with each row's hashes so anyone can re-check the chain outside the app.</summary>
public sealed class AuditLogModel(LifeStoryDb db, AuditLog audit) : PageModel
{
    public async Task<IActionResult> OnGetAsync()
    {
        await audit.RecordAsync(User.Identity?.Name ?? "", AuditActions.AuditExport, null, "whole log");
        var csv = new StringBuilder("id,at_utc,actor,child,action,detail,previous_hash,hash\n");
        await foreach (var e in db.AuditEntries.AsNoTracking().OrderBy(e => e.Id).AsAsyncEnumerable())
            csv.Append(string.Join(',', e.Id.ToString(CultureInfo.InvariantCulture), e.AtUtc.ToString("yyyy-MM-ddTHH:mm:ss.ffffff", CultureInfo.InvariantCulture),
                Quote(e.Actor), e.ChildId is { } c ? IndexModel.ReferenceOf(c) : "", e.Action, Quote(e.Detail), e.PreviousHash, e.Hash)).Append('\n');
        return File(Encoding.UTF8.GetBytes(csv.ToString()), "text/csv", "audit-log.csv");
    }

    /// <summary>Quoted, and a leading = + - @ neutralised, so a spreadsheet never runs a cell as a formula.</summary>
    private static string Quote(string value)
    {
        var safe = value.Length > 0 && "=+-@".Contains(value[0], StringComparison.Ordinal) ? "'" + value : value;
        return "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
