using System.Collections;
using System.Text.RegularExpressions;
using LifeStory.Cases.Loading;
using LifeStory.Wording;

namespace LifeStory.Checking;

/// <summary>
/// Social-work jargon in what the grown-ups wrote in case.yaml, and in the letter the child will read.
/// The child's own words are never flagged: they said it, and it stays as they said it.
/// </summary>
internal static partial class JargonChecks
{
    /// <summary>Fields that name something else (an id, a file) rather than say anything to the child.</summary>
    private static readonly HashSet<string> NotWords = new(StringComparer.Ordinal) {
        "id", "file", "photo", "cover_photo", "person", "who", "iro", "people", "photos", "who_is_worried", "hidden_from",
    };

    public static void Run(CheckContext context, JargonDictionary words) => Walk(context, words, context.Case, "");

    public static void Letter(CheckContext context, JargonDictionary words, IReadOnlyList<LetterParagraph> letter)
    {
        foreach (var match in letter.SelectMany(p => words.Find(p.Text)))
            context.Add(Finding(match, WordingChecker.LetterField, null));
    }

    private static void Walk(CheckContext context, JargonDictionary words, object record, string path)
    {
        var shape = RecordShape.For(record.GetType());
        foreach (var field in shape.Fields)
        {
            var value = shape.Read(record, field);
            var fieldPath = YamlNames.Child(path, field.Key);
            switch (field.Value.Kind)
            {
                case ValueKind.Text when value is string text && !NotWords.Contains(field.Key):
                    Text(context, words, text, fieldPath);
                    break;
                // Lists of sentences, such as going_well; lists of ids (people: [jo, sam]) are not words.
                case ValueKind.List when field.Value.Item!.Kind == ValueKind.Text && value is IList lines && !NotWords.Contains(field.Key):
                    for (var i = 0; i < lines.Count; i++)
                        if (lines[i] is string line) Text(context, words, line, YamlNames.Item(fieldPath, i));
                    break;
                case ValueKind.Record or ValueKind.PrivateText when value is not null:
                    Walk(context, words, value, fieldPath);
                    break;
                case ValueKind.List when field.Value.Item!.Kind == ValueKind.Record && value is IList items:
                    for (var i = 0; i < items.Count; i++) Walk(context, words, items[i]!, YamlNames.Item(fieldPath, i));
                    break;
            }
        }
    }

    private static void Text(CheckContext context, JargonDictionary words, string text, string path)
    {
        if (ChildsOwnWords().IsMatch(path)) return;
        foreach (var match in words.Find(text)) context.Add(Finding(match, path, context.Locate(path)));
    }

    private static Finding Finding(JargonMatch match, string field, SourceLocation? location) =>
        new(Severity.Warning, WordingChecker.JargonCode, location, field, $"\"{match.Found}\" is social-work jargon.", match.Term.Fix);

    /// <summary>What the child said or wrote: my_words, what they called a drawing and said about it, and what they said at a review.</summary>
    [GeneratedRegex(@"^(my_words\[\d+\]\.(words|translation)|drawings\[\d+\]\.(title|words)|reviews\[\d+\]\.child_said)$")]
    private static partial Regex ChildsOwnWords();
}
