using LifeStory.Checking;

namespace LifeStory.Web.Pictures;

/// <summary>One photo or drawing as the page shows it: where it is in its list, its file, its fields and what the checks found.</summary>
public sealed record PictureItem(int Index, string Id, string File, PictureFields Fields, PictureFields Original, IReadOnlyList<Finding> Findings)
{
    /// <summary>The findings about one key (photos[2].caption), or with no key those about the item as a whole and its file.</summary>
    public IEnumerable<Finding> At(string list, string? key) => key is null
        ? Findings.Where(f => f.Field == $"{list}[{Index}]" || f.Field == $"{list}[{Index}].file" || f.Field == $"{list}[{Index}].id")
        : Findings.Where(f => f.Field == $"{list}[{Index}].{key}" || f.Field.StartsWith($"{list}[{Index}].{key}.", StringComparison.Ordinal)
            || f.Field.StartsWith($"{list}[{Index}].{key}[", StringComparison.Ordinal));

    /// <summary>The HTML id prefix of this item's fields: "photo-2".</summary>
    public string Anchor(PictureKind kind) => $"{kind.One}-{Index}";
}
