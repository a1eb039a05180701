using System.Collections;
using System.Reflection;
using LifeStory.Cases.Loading;
using LifeStory.Cases.Model;

namespace LifeStory.Translations;

/// <summary>
/// A case with its text in another language, for the pipeline to print. Pure: the case passed in is not changed.
/// Only a current translation is used; where one is missing, unfinished or was made from English that has since
/// changed, the English stays, so a document never prints a translation of words the case no longer says.
/// </summary>
public static class TranslatedCase
{
    public static Case For(Case model, TranslationSet translations) =>
        translations.ByKey.Count == 0 ? model : (Case)Rebuild(model, "", translations);

    private static object Rebuild(object record, string key, TranslationSet translations)
    {
        var shape = RecordShape.For(record.GetType());
        object? copy = null;
        void Set(FieldShape field, object? value)
        {
            copy ??= Clone(record);
            shape.Type.GetProperty(field.Name, BindingFlags.Public | BindingFlags.Instance)!.SetValue(copy, value);
        }

        foreach (var field in shape.Fields)
        {
            if (!TranslationKeys.Translatable(shape.Type, field)) continue;
            var value = shape.Read(record, field);
            var fieldKey = TranslationKeys.Child(key, field.Key);
            switch (field.Value.Kind)
            {
                case ValueKind.Text when record is ChildWords words && field.Key == "words":
                    // The child's words stay as they said them; their meaning, in this language, goes on the translation line.
                    if (Translated(TranslationKeys.Child(key, TranslationKeys.ChildWordsField), words.Translation ?? words.Words, translations) is { } meaning)
                        Set(shape.ByKey[TranslationKeys.ChildWordsField], meaning);
                    break;
                case ValueKind.Text when record is ChildWords && field.Key == TranslationKeys.ChildWordsField:
                    break;
                case ValueKind.Text when value is string english:
                    if (Translated(fieldKey, english, translations) is { } text) Set(field, text);
                    break;
                case ValueKind.PrivateText when value is PrivateText privateText:
                    if (Translated(fieldKey, privateText.Text, translations) is { } said) Set(field, privateText with { Text = said });
                    break;
                case ValueKind.List when field.Value.Item!.Kind == ValueKind.Text && value is IList lines:
                    var newLines = new string[lines.Count];
                    var linesChanged = false;
                    for (var i = 0; i < lines.Count; i++)
                    {
                        var line = (string)lines[i]!;
                        newLines[i] = Translated(TranslationKeys.Item(fieldKey, null, i), line, translations) ?? line;
                        linesChanged |= !ReferenceEquals(newLines[i], line);
                    }
                    if (linesChanged) Set(field, newLines);
                    break;
                case ValueKind.Record when value is not null:
                    var rebuilt = Rebuild(value, fieldKey, translations);
                    if (!ReferenceEquals(rebuilt, value)) Set(field, rebuilt);
                    break;
                case ValueKind.List when field.Value.Item!.Kind == ValueKind.Record && value is IList items:
                    var newItems = Array.CreateInstance(field.Value.Item.Type, items.Count);
                    var itemsChanged = false;
                    for (var i = 0; i < items.Count; i++)
                    {
                        var item = items[i]!;
                        var newItem = Rebuild(item, TranslationKeys.Item(fieldKey, item, i), translations);
                        newItems.SetValue(newItem, i);
                        itemsChanged |= !ReferenceEquals(newItem, item);
                    }
                    if (itemsChanged) Set(field, newItems);
                    break;
            }
        }
        return copy ?? record;
    }

    private static string? Translated(string key, string english, TranslationSet translations) =>
        string.IsNullOrWhiteSpace(english) ? null : translations.CurrentFor(new TranslatableText(key, key, english))?.Text;

    /// <summary>A shallow copy, as <c>with</c> makes: every record has the compiler's clone method.</summary>
    private static object Clone(object record) =>
        record.GetType().GetMethod("<Clone>$", BindingFlags.Public | BindingFlags.Instance)!.Invoke(record, null)!;
}
