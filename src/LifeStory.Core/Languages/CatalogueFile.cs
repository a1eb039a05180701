namespace LifeStory.Languages;

/// <summary>
/// One languages/&lt;tag&gt;.yaml as parsed, before it is merged with the other templates folders' files for the
/// same language: kept between runs while the file is unchanged (Catalogues), so it must never change once made.
/// </summary>
/// <param name="Digits">The digits: as written, "" when the file says digits: "" (a choice of 0123456789), null when it does not say.</param>
/// <param name="Words">The words in the order the file has them.</param>
internal sealed record CatalogueFile(
    string? CheckedBy,
    string? CheckedOn,
    string? Digits,
    IReadOnlyList<string>? Months,
    IReadOnlyList<string>? MonthsAlone,
    IReadOnlyList<KeyValuePair<string, Phrase>> Words)
{
    public static readonly CatalogueFile Empty = new(null, null, null, null, null, []);
}
