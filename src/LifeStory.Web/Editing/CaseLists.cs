using LifeStory.Cases.Editing;
using LifeStory.Cases.Model;

namespace LifeStory.Web.Editing;

/// <summary>The lists of a case that have a form, described once; the generic list pages do the rest.</summary>
public static class CaseLists
{
    public static IReadOnlyList<CaseList> All { get; } =
    [
        new("People", "people", "People", "person", typeof(Person), c => c.People,
            o => o is Person p ? Join(p.ChildName, p.Relationship, Words(p.Group)) : "",
            new Dictionary<string, string> { ["photo"] = "photos" }, "My family now"),
        new("Homes", "homes", "Homes", "home", typeof(Home), c => c.Homes,
            o => o is Home h ? Join(h.Name, Words(h.Kind), Dates(h.From, h.To)) : "",
            new Dictionary<string, string> { ["people"] = "people", ["photo"] = "photos" }, "Places I have lived"),
        new("Schools", "schools", "Schools", "school", typeof(School), c => c.Schools,
            o => o is School s ? Join(s.Name, Dates(s.From, s.To)) : "",
            new Dictionary<string, string>(), "All about me"),
        new("Timeline", "timeline", "Timeline", "event", typeof(TimelineEvent), c => c.Timeline,
            o => o is TimelineEvent e ? Join(FormFields.Text(e.Date), e.Title) : "",
            new Dictionary<string, string> { ["photos"] = "photos" }, "Things I have done"),
        new("MyWords", "my_words", "My words", "thing the child said", typeof(ChildWords), c => c.MyWords,
            o => o is ChildWords w ? Join($"“{Short(w.Words)}”", w.About) : "",
            new Dictionary<string, string>(), "My own pages"),
        new("WordsAndPictures", "words_and_pictures", "Words and Pictures", "page", typeof(WordsAndPicturesPage), c => c.WordsAndPictures,
            o => o is WordsAndPicturesPage w ? Join(Words(w.Part), $"“{Short(w.Words)}”") : "",
            new Dictionary<string, string> { ["drawing"] = "drawings" }, "Why I could not stay"),
    ];

    public static CaseList? Find(string slug) => All.FirstOrDefault(l => string.Equals(l.Slug, slug, StringComparison.OrdinalIgnoreCase));

    private static string Join(params string?[] parts) => string.Join(" — ", parts.Where(p => !string.IsNullOrWhiteSpace(p)));

    private static string Words(Enum value) => FormFields.Text(value).Replace('_', ' ');

    private static string Dates(PartialDate from, PartialDate? to) => to is null ? $"from {FormFields.Text(from)}" : $"{FormFields.Text(from)} to {FormFields.Text(to)}";

    private static string Short(string words) => words.Length <= 60 ? words : words[..57].TrimEnd() + "…";
}
