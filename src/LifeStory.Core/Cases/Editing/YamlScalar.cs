using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace LifeStory.Cases.Editing;

/// <summary>
/// Writes one value for case.yaml so that the loader reads back exactly what was typed: plain where that is safe
/// and readable (Maisie, 2019-06-12), double-quoted with escapes otherwise (anything YAML would read as something
/// else: "yes", "null", "12", a colon, a leading quote, a line break).
/// </summary>
public static partial class YamlScalar
{
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "true", "false", "yes", "no", "on", "off", "y", "n", "null", "~",
    };

    /// <param name="inFlow">True inside braces or brackets, where a comma would end the value unless it is quoted.</param>
    public static string Write(string value, FormFieldKind kind, bool inFlow = false)
    {
        if ((kind is FormFieldKind.Date or FormFieldKind.PartialDate or FormFieldKind.WholeNumber or FormFieldKind.Number or FormFieldKind.TrueFalse or FormFieldKind.Choice)
            && SafeToken().IsMatch(value))
            return value;
        var plain = Plain().IsMatch(value) && !Reserved.Contains(value) && !(inFlow && value.Contains(','));
        return plain ? value : Quoted(value);
    }

    private static string Quoted(string value)
    {
        var quoted = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': quoted.Append("\\\""); break;
                case '\\': quoted.Append("\\\\"); break;
                case '\n': quoted.Append("\\n"); break;
                case '\t': quoted.Append("\\t"); break;
                case '\r': quoted.Append("\\r"); break;
                default:
                    if (char.IsControl(c)) quoted.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    else quoted.Append(c);
                    break;
            }
        }
        return quoted.Append('"').ToString();
    }

    /// <summary>Starts with a letter, holds only letters, digits, spaces and gentle punctuation, ends with no space.</summary>
    [GeneratedRegex(@"^\p{L}[\p{L}\p{M}\p{N} .,'’()/-]*(?<! )$")]
    private static partial Regex Plain();

    [GeneratedRegex(@"^[A-Za-z0-9_.+-]+$")]
    private static partial Regex SafeToken();
}
