using System.Globalization;
using LifeStory.Cases.Editing;
using LifeStory.Cases.Model;

namespace LifeStory.Web.Pictures;

/// <summary>
/// What the form shows for one photo or drawing, bound from the posted form. <see cref="Yaml"/> turns it into each
/// key's value as case.yaml writes it, so comparing the submitted fields with the ones the form was opened with
/// tells exactly which keys the person changed.
/// </summary>
public sealed class PictureFields
{
    public string? Caption { get; set; }

    public string? Title { get; set; }

    public string? Date { get; set; }

    public string? Words { get; set; }

    public List<string> People { get; set; } = [];

    public List<string> HiddenFrom { get; set; } = [];

    public bool Smaller { get; set; }

    public bool BlackAndWhite { get; set; }

    public string? FromAgeBand { get; set; }

    public string? FocusX { get; set; }

    public string? FocusY { get; set; }

    public static PictureFields Of(Photo photo) => new()
    {
        Caption = photo.Caption,
        Date = photo.Date?.ToString(),
        People = [.. photo.People],
        HiddenFrom = photo.HiddenFrom.Select(a => FormFields.Text(a)).ToList(),
        Smaller = photo.Sensitive?.Smaller ?? false,
        BlackAndWhite = photo.Sensitive?.BlackAndWhite ?? false,
        FromAgeBand = photo.Sensitive?.FromAgeBand is { } band ? FormFields.Text(band) : null,
        FocusX = photo.Focus is { } f ? Fraction(f.X) : null,
        FocusY = photo.Focus is { } g ? Fraction(g.Y) : null,
    };

    public static PictureFields Of(Drawing drawing) => new()
    {
        Title = drawing.Title,
        Date = drawing.Date?.ToString(),
        Words = drawing.Words,
        HiddenFrom = drawing.HiddenFrom.Select(a => FormFields.Text(a)).ToList(),
    };

    /// <summary>
    /// Each key of the item as case.yaml would hold it; null for a key that should not be there. A date is written as
    /// a date (2019-07 bare, as people write it by hand; "about 2019" plain words), never quoted when it need not be.
    /// </summary>
    public IReadOnlyDictionary<string, string?> Yaml(PictureKind kind)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (kind.IsPhoto)
        {
            values["caption"] = Scalar(Caption, FormFieldKind.Text);
            values["date"] = Scalar(Date, FormFieldKind.Date);
            values["people"] = FlowList(People);
            values["focus"] = Focus();
            values["hidden_from"] = FlowList(HiddenFrom);
            values["sensitive"] = Sensitive();
        }
        else
        {
            values["title"] = Scalar(Title, FormFieldKind.Text);
            values["date"] = Scalar(Date, FormFieldKind.Date);
            values["words"] = Scalar(Words, FormFieldKind.Text);
            values["hidden_from"] = FlowList(HiddenFrom);
        }
        return values;
    }

    /// <summary>The keys whose value differs between what was submitted and what the form was opened with.</summary>
    public static IReadOnlyList<string> Changed(PictureKind kind, PictureFields submitted, PictureFields original)
    {
        var mine = submitted.Yaml(kind);
        var before = original.Yaml(kind);
        return mine.Keys.Where(k => mine[k] != before[k]).ToList();
    }

    /// <summary>A focus point rounded as the book's templates write it (three decimals), so the form shows what prints.</summary>
    public static string Fraction(double value) => Math.Round(Math.Clamp(value, 0, 1), 3).ToString("0.###", CultureInfo.InvariantCulture);

    private string? Focus()
    {
        // Both or neither: a point needs two numbers. Anything that is not a number is passed on for the checks to name.
        var x = Clean(FocusX);
        var y = Clean(FocusY);
        if (x.Length == 0 && y.Length == 0) return null;
        return $"{{ x: {Number(x)}, y: {Number(y)} }}";
    }

    private static string Number(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? Fraction(value)
        : text.Length == 0 ? "null" : YamlScalar.Write(text, FormFieldKind.Text);

    private string? Sensitive()
    {
        var parts = new List<string>();
        if (Smaller) parts.Add("smaller: true");
        if (BlackAndWhite) parts.Add("black_and_white: true");
        if (Clean(FromAgeBand) is { Length: > 0 } band) parts.Add($"from_age_band: {YamlScalar.Write(band, FormFieldKind.Choice)}");
        return parts.Count == 0 ? null : "{ " + string.Join(", ", parts) + " }";
    }

    private static string? Scalar(string? value, FormFieldKind kind) =>
        Clean(value) is { Length: > 0 } text ? YamlScalar.Write(text, kind) : null;

    private static string? FlowList(IEnumerable<string> values)
    {
        var items = values.Select(Clean).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        return items.Count == 0 ? null : "[" + string.Join(", ", items.Select(i => YamlScalar.Write(i, FormFieldKind.Choice))) + "]";
    }

    private static string Clean(string? value) => (value ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
}
