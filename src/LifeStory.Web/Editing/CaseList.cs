using LifeStory.Cases.Editing;
using LifeStory.Cases.Model;

namespace LifeStory.Web.Editing;

/// <summary>
/// One list of the case (people, homes…) as the list pages show it: everything the one generic page needs to know.
/// The item's fields come from the model (<see cref="ItemFormFields"/>), so a new model field appears in the form.
/// </summary>
/// <param name="Slug">The address part: /Children/{id}/Edit/{Slug}.</param>
/// <param name="Key">The case.yaml list, which is also the start of its findings' paths (people[2].name).</param>
/// <param name="Noun">One item in plain words: "person", "thing Maisie said".</param>
/// <param name="Items">The list's items in a loaded case.</param>
/// <param name="Summary">A short line for an item in the list: "Sam — my brother — brothers and sisters".</param>
/// <param name="References">Fields holding ids of other parts of the case, with the list they point at ("photo" → "photos").</param>
/// <param name="BookHeading">The heading of the shipped book's chapter that prints the list ("Places I have lived"),
/// for the page shown beside the form; a council's own templates may name it otherwise, and the cover is shown then.</param>
public sealed record CaseList(
    string Slug,
    string Key,
    string Title,
    string Noun,
    Type ItemType,
    Func<Case, IReadOnlyList<object>> Items,
    Func<object, string> Summary,
    IReadOnlyDictionary<string, string> References,
    string BookHeading)
{
    public IReadOnlyList<FormField> Fields => ItemFormFields.For(ItemType);

    /// <summary>The path of a field of item <paramref name="index"/>, as checks name it: people[2].shown_as.parents.</summary>
    public string PathOf(int index, string key) => $"{Key}[{index}].{key}";
}
