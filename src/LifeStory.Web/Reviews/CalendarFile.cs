using System.Globalization;
using System.Text;

namespace LifeStory.Web.Reviews;

/// <summary>
/// Writes an iCalendar file (RFC 5545) of all-day events: CRLF line ends, lines folded at 75 octets (never inside a
/// UTF-8 character), text escaped, and each event with a UID that stays the same between downloads so a calendar
/// updates the event rather than adding another.
/// </summary>
public static class CalendarFile
{
    private const int MaxOctets = 75;

    public static string Write(IEnumerable<CalendarEvent> events, DateTimeOffset stamp)
    {
        var lines = new List<string> { "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//LifeStory//Reviews//EN", "CALSCALE:GREGORIAN", "METHOD:PUBLISH" };
        var dtstamp = stamp.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        foreach (var e in events)
        {
            lines.Add("BEGIN:VEVENT");
            lines.Add("UID:" + Escape(e.Uid));
            lines.Add("DTSTAMP:" + dtstamp);
            lines.Add("DTSTART;VALUE=DATE:" + Date(e.Day));
            lines.Add("DTEND;VALUE=DATE:" + Date(e.Day.AddDays(1)));
            lines.Add("SUMMARY:" + Escape(e.Summary));
            lines.Add("DESCRIPTION:" + Escape(e.Description));
            lines.Add("TRANSP:TRANSPARENT");
            lines.Add("END:VEVENT");
        }
        lines.Add("END:VCALENDAR");
        var text = new StringBuilder();
        foreach (var line in lines) Fold(text, line);
        return text.ToString();
    }

    private static string Date(DateOnly day) => day.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    /// <summary>TEXT values: backslash, semicolon and comma are escaped, and a new line is written as \n.</summary>
    public static string Escape(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace(";", "\\;", StringComparison.Ordinal)
        .Replace(",", "\\,", StringComparison.Ordinal).Replace("\r\n", "\\n", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    /// <summary>Each physical line at most 75 octets before its CRLF; a continuation starts with one space, which counts.</summary>
    private static void Fold(StringBuilder output, string line)
    {
        var octets = 0;
        var e = StringInfo.GetTextElementEnumerator(line);
        while (e.MoveNext())
        {
            var element = e.GetTextElement();
            var size = Encoding.UTF8.GetByteCount(element);
            if (octets + size > MaxOctets)
            {
                output.Append("\r\n ");
                octets = 1;
            }
            output.Append(element);
            octets += size;
        }
        output.Append("\r\n");
    }
}

/// <summary>One all-day event.</summary>
public sealed record CalendarEvent(string Uid, DateOnly Day, string Summary, string Description);
