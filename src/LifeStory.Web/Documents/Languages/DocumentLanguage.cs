using LifeStory.Cases.Model;
using LifeStory.Languages;
using LifeStory.Pipeline;

namespace LifeStory.Web.Documents.Languages;

/// <summary>
/// Which words a document is written in: English, another language's catalogue ("ar"), English and that language part
/// by part ("en+ar", for a carer and a child who read different languages), or the easy-read parents' letter. One
/// short value names it, so it travels in an address (?language=en%2Bar), a cache key and a distribution list's line.
/// The easy-read letter is English only for now (templates/minutes/easy-read.sbn), so it is a choice of its own.
/// </summary>
/// <param name="Tag">The catalogue's tag ("ar"); null for English.</param>
public sealed record DocumentLanguage(string? Tag = null, bool TwoLanguages = false, bool EasyRead = false)
{
    public const string EasyReadValue = "easy-read";

    public static DocumentLanguage English { get; } = new();

    public static DocumentLanguage EasyReadLetter { get; } = new(EasyRead: true);

    public static DocumentLanguage In(string tag) => new(tag);

    public static DocumentLanguage Both(string tag) => new(tag, TwoLanguages: true);

    public bool IsEnglish => Tag is null && !EasyRead;

    /// <summary>"en", "ar", "en+ar" or "easy-read": what an address, a cache key and the database hold.</summary>
    public string Value => EasyRead ? EasyReadValue : Tag is null ? Catalogues.Default : TwoLanguages ? $"{Catalogues.Default}+{Tag}" : Tag;

    /// <summary>
    /// The value read back; null when it is no such thing. A tag is only its shape here: whether a catalogue exists
    /// for it is the <see cref="LanguageChoices"/>' to say, against the templates in use.
    /// </summary>
    public static DocumentLanguage? Parse(string? value)
    {
        var text = value?.Trim() ?? "";
        if (text.Length == 0 || text.Equals(Catalogues.Default, StringComparison.OrdinalIgnoreCase)) return English;
        if (text == EasyReadValue) return EasyReadLetter;
        var both = text.StartsWith(Catalogues.Default + "+", StringComparison.OrdinalIgnoreCase);
        var tag = both ? text[(Catalogues.Default.Length + 1)..] : text;
        if (!System.Text.RegularExpressions.Regex.IsMatch(tag, "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$") || tag.Split('-')[0] == Catalogues.Default) return null;
        return new DocumentLanguage(tag, both);
    }

    /// <summary>Easy read is made of the review letter, for parents: said when it is asked of anything else.</summary>
    public bool Fits(Product product, Audience reader) => !EasyRead || (product is Product.Minutes or Product.Conference && reader == Audience.Parents);

    /// <summary>The run asked for in these words: a second language is the pipeline's Bilingual, one alone its Language.</summary>
    public RunRequest Apply(RunRequest request) => request with
    {
        Language = TwoLanguages ? null : Tag,
        Bilingual = TwoLanguages ? Tag : null,
        EasyRead = EasyRead,
    };

    /// <summary>Added to a made file's name, so an Arabic copy never replaces the English one in a download folder.</summary>
    public string FileSuffix => EasyRead ? "-easy-read" : Tag is null ? "" : TwoLanguages ? $"-en-{Tag}" : $"-{Tag}";

    /// <summary>
    /// What the audit line and the page say after the version ("parents' version in easy read"); nothing for English,
    /// the words every document was in before there was a choice.
    /// </summary>
    public string Words => EasyRead ? " in easy read"
        : Tag is null ? ""
        : TwoLanguages ? $" in English and {NameOf(Tag)} ({Tag})"
        : $" in {NameOf(Tag)} ({Tag})";

    private static string NameOf(string tag) => LifeStory.Wording.LanguageTags.NameOf(tag) ?? tag;
}
