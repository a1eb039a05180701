using System.Globalization;
using LifeStory.Cases.Loading;
using LifeStory.Cases.Model;

namespace LifeStory.Translations;

/// <summary>
/// Which case fields are translated and what each is called, in one place: the list of texts to translate and the
/// translated case are both made from these rules, so a key exported is always a key applied.
/// </summary>
internal static class TranslationKeys
{
    /// <summary>
    /// Fields that name something (an id, a file, a colour, a theme) or someone (people's names are never translated;
    /// the child's name in their own script is already in child:), rather than say anything to the child.
    /// </summary>
    private static readonly HashSet<string> NotTranslated = new(StringComparer.Ordinal) {
        "id", "file", "photo", "cover_photo", "person", "who", "iro", "people", "photos", "who_is_worried", "hidden_from",
        "drawing", "from", "by", "theme", "favourite_thing", "checked_by", "known_as", "shown_as",
    };

    /// <summary>The field of <see cref="ChildWords"/> a translation goes into: the child's own words are never changed.</summary>
    public const string ChildWordsField = "translation";

    /// <summary>Whether a field is walked: records and lists of records always are (people: is a list of people at the top, of ids in a home).</summary>
    public static bool Translatable(Type record, FieldShape field) =>
        record != typeof(Child) && (IsRecords(field.Value) || (!NotTranslated.Contains(field.Key) && !(record == typeof(Person) && field.Key == "name")));

    private static bool IsRecords(ValueShape value) =>
        value.Kind == ValueKind.Record || (value.Kind == ValueKind.List && value.Item!.Kind == ValueKind.Record);

    /// <summary>"[mum]" for an item with an id, "[2026-02-18]" for a review, else its place in the list: "[0]".</summary>
    public static string Item(string key, object? item, int index) => key + "[" + item switch
    {
        Review review => review.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Person { Id: var id } => id,
        Home { Id: var id } => id,
        School { Id: var id } => id,
        Photo { Id: var id } => id,
        Drawing { Id: var id } => id,
        StorySection { Id: var id } => id,
        _ => index.ToString(CultureInfo.InvariantCulture),
    } + "]";

    public static string Child(string key, string field) => YamlNames.Child(key, field);
}
