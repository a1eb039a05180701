using System.Collections;
using LifeStory.Audiences;
using LifeStory.Cases.Loading;
using LifeStory.Cases.Model;
using LifeStory.Pipeline;

namespace LifeStory.Translations;

/// <summary>Every piece of case text a translator is given: all of it, or what one product prints for one reader.</summary>
public static class TranslatableTexts
{
    /// <summary>Every translatable text in the case, in the order case.yaml holds it; a key used twice (a repeated id) counts once.</summary>
    public static IReadOnlyList<TranslatableText> All(Case model)
    {
        var texts = new List<TranslatableText>();
        Walk(model, "", "", texts);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return texts.Where(t => seen.Add(t.Key)).ToList();
    }

    /// <summary>
    /// What one document prints for one reader: a review letter its own review and the people's relationships, a
    /// book everything but the reviews and the later-life letter, the later-life letter everything but the reviews.
    /// Whatever that reader's version leaves out is left out here too, so a translation file never carries more than
    /// the document it is for.
    /// </summary>
    /// <param name="reviewDate">Which review, for minutes; the latest when null.</param>
    /// <param name="hiddenFromParents">The council's defaults for the parents' version (settings/privacy.yaml); the shipped ones when null.</param>
    public static IReadOnlyList<TranslatableText> For(Case model, Product product, Audience reader, DateOnly? reviewDate = null,
        IReadOnlySet<ProtectedDetail>? hiddenFromParents = null)
    {
        var removed = Redactor.For(model, reader, hiddenFromParents).Removed;
        var review = product == Product.Minutes ? ReviewFor(model, reviewDate) : null;
        return All(model).Where(text => !removed.Covers(text.Path) && Prints(product, review, text.Key)).ToList();
    }

    private static string? ReviewFor(Case model, DateOnly? date)
    {
        var chosen = date is { } day ? model.Reviews.FirstOrDefault(r => r.Date == day) : model.Reviews.OrderBy(r => r.Date).LastOrDefault();
        return chosen is null ? null : TranslationKeys.Item("reviews", chosen, 0);
    }

    private static bool Prints(Product product, string? review, string key) => product switch
    {
        Product.Minutes => review is not null && (key.StartsWith(review + ".", StringComparison.Ordinal)
            || (key.StartsWith("people[", StringComparison.Ordinal) && key.EndsWith(".relationship", StringComparison.Ordinal))),
        Product.LaterLifeLetter => !key.StartsWith("reviews[", StringComparison.Ordinal),
        _ => !key.StartsWith("reviews[", StringComparison.Ordinal) && !key.StartsWith("later_life_letter.", StringComparison.Ordinal),
    };

    private static void Walk(object record, string key, string path, List<TranslatableText> into)
    {
        var shape = RecordShape.For(record.GetType());
        foreach (var field in shape.Fields)
        {
            if (!TranslationKeys.Translatable(shape.Type, field)) continue;
            var value = shape.Read(record, field);
            var fieldKey = TranslationKeys.Child(key, field.Key);
            var fieldPath = YamlNames.Child(path, field.Key);
            switch (field.Value.Kind)
            {
                // A child's own words stay as they said them; what is translated is their meaning, the translation line.
                case ValueKind.Text when record is ChildWords words && field.Key == "words":
                    Add(into, TranslationKeys.Child(key, TranslationKeys.ChildWordsField),
                        YamlNames.Child(path, words.Translation is null ? "words" : TranslationKeys.ChildWordsField), words.Translation ?? words.Words);
                    break;
                case ValueKind.Text when record is ChildWords:
                    if (field.Key != TranslationKeys.ChildWordsField) Add(into, fieldKey, fieldPath, value as string);
                    break;
                case ValueKind.Text:
                    Add(into, fieldKey, fieldPath, value as string);
                    break;
                case ValueKind.PrivateText when value is PrivateText text:
                    Add(into, fieldKey, fieldPath, text.Text);
                    break;
                case ValueKind.List when field.Value.Item!.Kind == ValueKind.Text && value is IList lines:
                    for (var i = 0; i < lines.Count; i++)
                        Add(into, TranslationKeys.Item(fieldKey, null, i), YamlNames.Item(fieldPath, i), lines[i] as string);
                    break;
                case ValueKind.Record when value is not null:
                    Walk(value, fieldKey, fieldPath, into);
                    break;
                case ValueKind.List when field.Value.Item!.Kind == ValueKind.Record && value is IList items:
                    for (var i = 0; i < items.Count; i++)
                        Walk(items[i]!, TranslationKeys.Item(fieldKey, items[i], i), YamlNames.Item(fieldPath, i), into);
                    break;
            }
        }
    }

    private static void Add(List<TranslatableText> into, string key, string path, string? english)
    {
        if (!string.IsNullOrWhiteSpace(english)) into.Add(new TranslatableText(key, path, english));
    }
}
