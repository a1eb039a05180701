namespace LifeStory.Web.Tests.Reviews;

/// <summary>
/// A tiny iCalendar reader for the tests: unfolds continuation lines, then reads BEGIN/END blocks and NAME;PARAMS:VALUE
/// properties (the property's key is everything before the first colon), unescaping text values.
/// </summary>
internal sealed record Ics(string Name, IReadOnlyList<(string Key, string Value)> Properties, IReadOnlyList<Ics> Children)
{
    public string? Value(string key) => Properties.Where(p => p.Key == key).Select(p => p.Value).FirstOrDefault();

    public static Ics Parse(string text)
    {
        var unfolded = text.Replace("\r\n ", "", StringComparison.Ordinal).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var index = 0;
        return Read(unfolded, ref index);
    }

    private static Ics Read(string[] lines, ref int index)
    {
        var name = lines[index++]["BEGIN:".Length..];
        var properties = new List<(string, string)>();
        var children = new List<Ics>();
        while (lines[index] != "END:" + name)
        {
            if (lines[index].StartsWith("BEGIN:", StringComparison.Ordinal)) children.Add(Read(lines, ref index));
            else
            {
                var colon = lines[index].IndexOf(':', StringComparison.Ordinal);
                properties.Add((lines[index][..colon], Unescape(lines[index][(colon + 1)..])));
                index++;
            }
        }
        index++;
        return new Ics(name, properties, children);
    }

    private static string Unescape(string value) => value.Replace("\\n", "\n", StringComparison.Ordinal).Replace("\\,", ",", StringComparison.Ordinal)
        .Replace("\\;", ";", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal);
}
