using System.Text.RegularExpressions;
using LifeStory.Cases.Model;

namespace LifeStory.Checking;

/// <summary>
/// One voice a document: a book told to the child as "you" does not also speak of them by name, a book told about
/// the child does not suddenly say "you", and a review letter, written by the IRO, says "I" for the IRO. Warns with
/// the sentence, so the worker sees at once what to change.
/// </summary>
internal static partial class VoiceChecks
{
    public const string Code = "mixed-voice";

    /// <summary>Fields the book prints as the worker wrote them (the child's own words and captions are theirs).</summary>
    private static readonly Regex BookText = new(@"^(people\[\d+\]\.about|homes\[\d+\]\.about|schools\[\d+\]\.about|timeline\[\d+\]\.words|story\[\d+\]\.markdown|words_and_pictures\[\d+\]\.words)$");

    /// <summary>Review fields the letter prints in the IRO's words.</summary>
    private static readonly Regex LetterText = new(@"^reviews\[(\d+)\]\.(going_well\[\d+\]|views_gathered|worries\[\d+\]\.(what|what_could_happen|safety_goal)|decisions\[\d+\]\.what)$");

    public static void Run(CheckContext context)
    {
        var model = context.Case;
        var child = model.Child.PreferredName;
        var you = model.Book.Voice == BookVoice.You;
        CaseText.Walk(model, "", (text, path) =>
        {
            if (BookText.IsMatch(path))
                foreach (var sentence in Sentences(text))
                {
                    if (you && Word(child).IsMatch(sentence))
                        Warn(context, path, $"The book speaks to {child} as \"you\", but this sentence speaks of {child} by name: \"{sentence}\"",
                            $"Write it to {child}: \"You …\", or set book: voice: third_person.");
                    else if (!you && YouWords().IsMatch(sentence))
                        Warn(context, path, $"The book speaks of {child} by name, but this sentence says \"you\": \"{sentence}\"",
                            $"Write {child}'s name instead, or set book: voice: you.");
                }
            if (LetterText.Match(path) is { Success: true } match && IroOf(model, int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)) is { } iro)
                foreach (var sentence in Sentences(text).Where(s => Word(FirstName(iro)).IsMatch(s)))
                    Warn(context, path, $"The letter is from {iro.Name}, so it says \"I\" for them, but this sentence says \"{FirstName(iro)}\": \"{sentence}\"",
                        $"Write \"I\" (\"I will check…\").");
        });
    }

    private static Person? IroOf(Case model, int review) =>
        model.Reviews[review].Iro is { } id ? model.People.FirstOrDefault(p => p.Id == id) : null;

    private static string FirstName(Person person) => person.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];

    private static void Warn(CheckContext context, string path, string message, string fix) => context.Warning(Code, path, message, fix);

    private static IEnumerable<string> Sentences(string text) =>
        SentenceEnd().Split(text.ReplaceLineEndings(" ")).Select(s => s.Trim()).Where(s => s.Length > 0);

    private static Regex Word(string word) => new(@"(?<![\p{L}\p{N}])" + Regex.Escape(word) + @"(?![\p{L}\p{N}])", RegexOptions.CultureInvariant);

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(you|your|yours|yourself)(?![\p{L}\p{N}])", RegexOptions.IgnoreCase)]
    private static partial Regex YouWords();

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex SentenceEnd();
}
