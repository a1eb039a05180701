using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace LifeStory.Web.Audit;

/// <summary>The hash that links each audit row to the one before it.</summary>
public static class AuditChain
{
    public const string Start = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>
    /// Times are hashed to the microsecond without a kind, because that is what both databases give back
    /// (PostgreSQL keeps microseconds; SQLite returns no kind).
    /// </summary>
    public static string HashOf(AuditEntry e) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n',
        e.PreviousHash, e.Id.ToString(CultureInfo.InvariantCulture), e.AtUtc.ToString("yyyy-MM-ddTHH:mm:ss.ffffff", CultureInfo.InvariantCulture),
        e.Actor, e.ChildId?.ToString("N") ?? "", e.Action, e.Detail))));

    public static DateTime Truncate(DateTime utc) => new(utc.Ticks - utc.Ticks % 10, DateTimeKind.Utc);
}
