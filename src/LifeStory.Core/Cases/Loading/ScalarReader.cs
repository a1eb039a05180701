using System.Globalization;
using LifeStory.Cases.Model;

namespace LifeStory.Cases.Loading;

/// <summary>Turns the text of one YAML scalar into a typed value, or says in plain words why it cannot.</summary>
internal static class ScalarReader
{
    public const string DateFix = "Write dates as 2019-06-12.";
    public const string PartialDateFix = "Write dates as 2019, 2019-06 or 2019-06-12, with \"about \" in front if nobody is sure.";

    /// <summary>True with the value; false with the problem and how to fix it.</summary>
    public static bool TryRead(string text, ValueShape shape, string key, out object? value, out string problem, out string fix)
    {
        value = null;
        problem = "";
        fix = "";
        var trimmed = text.Trim();
        switch (shape.Kind)
        {
            case ValueKind.Text:
                value = text;
                return true;
            case ValueKind.WholeNumber when int.TryParse(trimmed, NumberStyles.Integer, CultureInfo.InvariantCulture, out var whole):
                value = whole;
                return true;
            case ValueKind.WholeNumber:
                (problem, fix) = ($"'{text}' is not a whole number.", "Write a whole number, such as 7.");
                return false;
            case ValueKind.Number when double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number):
                value = number;
                return true;
            case ValueKind.Number:
                (problem, fix) = ($"'{text}' is not a number.", "Write a number, such as 0.5.");
                return false;
            case ValueKind.TrueFalse:
                return TryReadTrueFalse(trimmed, out value, out problem, out fix);
            case ValueKind.Date when DateOnly.TryParseExact(trimmed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date):
                value = date;
                return true;
            case ValueKind.Date:
                (problem, fix) = ($"'{text}' is not a date.", DateFix);
                return false;
            case ValueKind.PartialDate when PartialDate.TryParse(trimmed, out var partial):
                value = partial;
                return true;
            case ValueKind.PartialDate:
                (problem, fix) = ($"'{text}' is not a date.", PartialDateFix);
                return false;
            case ValueKind.Choice:
                return TryReadChoice(trimmed, shape.Type, key, out value, out problem, out fix);
            default:
                throw new InvalidOperationException($"{shape.Kind} is not a single value.");
        }
    }

    private static bool TryReadTrueFalse(string text, out object? value, out string problem, out string fix)
    {
        (value, problem, fix) = (null, "", "");
        switch (text.ToLowerInvariant())
        {
            case "true" or "yes":
                value = true;
                return true;
            case "false" or "no":
                value = false;
                return true;
            default:
                (problem, fix) = ($"'{text}' is not true or false.", "Write true or false.");
                return false;
        }
    }

    private static bool TryReadChoice(string text, Type enumType, string key, out object? value, out string problem, out string fix)
    {
        (value, problem, fix) = (null, "", "");
        var choices = YamlNames.EnumValues(enumType);
        // Forgive capitals, spaces and hyphens ("Birth family", "sent-views"): the meaning is not in doubt.
        var normalised = text.ToLowerInvariant().Replace(' ', '_').Replace('-', '_');
        for (var i = 0; i < choices.Count; i++)
        {
            if (choices[i] != normalised) continue;
            value = Enum.GetValues(enumType).GetValue(i);
            return true;
        }
        problem = $"'{text}' is not one of the choices for {key}.";
        var closest = Spelling.Closest(normalised, choices);
        fix = (closest is null ? "" : $"Did you mean '{closest}'? ") + "Use one of: " + string.Join(", ", choices) + ".";
        return false;
    }
}
