using LifeStory.Audiences;
using LifeStory.Cases.Model;

namespace LifeStory.Reviews.LeftOut;

/// <summary>People's names as the full record gives them, and as one reader's version prints them when it differs.</summary>
internal sealed class ReviewNames(Case source, ReaderView view)
{
    private readonly Dictionary<string, Person> _full = source.People.ToDictionary(p => p.Id, StringComparer.Ordinal);
    private readonly Dictionary<string, Person> _shown = view.Case.People.ToDictionary(p => p.Id, StringComparer.Ordinal);

    /// <summary>"Kelly Clarke"; the child by their own name.</summary>
    public string Full(string id) => id == "child" ? source.Child.PreferredName : _full.TryGetValue(id, out var p) ? p.Name : id;

    /// <summary>The words this version prints for the person when they are not the full name: "a teacher", "Jo".</summary>
    public string? ShownAs(string id)
    {
        if (id == "child" || !_full.TryGetValue(id, out var person)) return null;
        if (_shown.TryGetValue(id, out var shown)) return shown.Name == person.Name ? null : shown.Name;
        return view.StandIns.TryGetValue(id, out var words) ? words : null;
    }
}
