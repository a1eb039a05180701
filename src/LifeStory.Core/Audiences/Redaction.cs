using LifeStory.Cases.Model;

namespace LifeStory.Audiences;

/// <summary>
/// One reader's version being worked out: walks the case once, keeps what the reader may see, turns references to
/// hidden people into neutral words (or leaves out what depends on them, as the case says), and notes every path
/// it took out, every hidden term and what the sender should be told.
/// </summary>
internal sealed partial class Redaction(Case source, Audience reader, IReadOnlySet<ProtectedDetail> protect)
{
    private readonly List<string> _removed = [];
    private readonly List<KeyValuePair<string, int>> _leftOut = [];
    private readonly List<string> _namesLeftOut = [];
    private readonly List<HiddenTerm> _terms = [];
    private readonly SortedSet<string> _describedAs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _standIns = new(StringComparer.Ordinal);
    private readonly HashSet<string> _visiblePeople = new(StringComparer.Ordinal) { "child" };
    private int _surnames;
    private int _renamed;

    private bool Describes => source.Privacy.HiddenPeople == HiddenPeopleRule.Describe;

    private string ReaderWords => reader switch
    {
        Audience.Child => "the child",
        Audience.Carers => "carers",
        _ => "parents",
    };

    public ReaderView Run()
    {
        var people = People();
        var homes = Homes();
        var schools = Schools();
        var drawingsHiddenByPages = new HashSet<string>(StringComparer.Ordinal);
        var pages = Keep(source.WordsAndPictures, "words_and_pictures", "words and pictures page", w => w.HiddenFrom, hidden =>
        {
            if (hidden.Drawing is { } d) drawingsHiddenByPages.Add(d);
        });
        // A drawing goes with the page that explains it: hidden with it, unless a page the reader sees shows it too.
        drawingsHiddenByPages.ExceptWith(pages.Select(p => p.Drawing).OfType<string>());
        // Pictures are counted here and taken out below, with every reference to them (PictureReferences).
        var drawings = Keep(source.Drawings, "drawings", "drawing", d => drawingsHiddenByPages.Contains(d.Id) ? [reader] : d.HiddenFrom);
        var photos = Keep(source.Photos, "photos", "photo", p => p.HiddenFrom);
        var model = source with
        {
            Child = ChildFor(people),
            People = people,
            Homes = homes,
            Schools = schools,
            Timeline = Keep(source.Timeline, "timeline", "event", e => e.HiddenFrom),
            Story = Keep(source.Story, "story", "story section", s => s.HiddenFrom),
            MyWords = Keep(source.MyWords, "my_words", "thing the child said", w => w.HiddenFrom),
            WordsAndPictures = pages,
            Photos = source.Photos.Select(p => p with { People = p.People.Where(_visiblePeople.Contains).ToList() }).ToList(),
            Reviews = source.Reviews.Select(Review).ToList(),
            Conferences = source.Conferences.Select(Conference).ToList(),
            PathwayPlan = source.PathwayPlan is { } plan ? Pathway(plan) : null,
        };
        model = PictureReferences.Keep(model, photos.Select(p => p.Id).ToHashSet(StringComparer.Ordinal),
            drawings.Select(d => d.Id).ToHashSet(StringComparer.Ordinal));
        var summary = new RedactionSummary(_leftOut, _namesLeftOut, _surnames, _renamed, _describedAs.ToList());
        return new ReaderView(model, reader, _standIns, new RemovedPaths(_removed), new HiddenTerms(Safe(_terms, model)), summary);
    }

    private bool Hidden(IReadOnlyList<Audience> from) => from.Contains(reader);

    private void Count(string kind)
    {
        var at = _leftOut.FindIndex(kv => kv.Key == kind);
        if (at < 0) _leftOut.Add(new(kind, 1));
        else _leftOut[at] = new(kind, _leftOut[at].Value + 1);
    }

    /// <summary>The items this reader may see; each one left out is counted and its path noted.</summary>
    private List<T> Keep<T>(IReadOnlyList<T> items, string list, string kind, Func<T, IReadOnlyList<Audience>> hiddenFrom, Action<T>? onHidden = null)
    {
        var kept = new List<T>();
        for (var i = 0; i < items.Count; i++)
        {
            if (!Hidden(hiddenFrom(items[i]))) { kept.Add(items[i]); continue; }
            _removed.Add($"{list}[{i}]");
            Count(kind);
            onHidden?.Invoke(items[i]);
        }
        return kept;
    }

    private Child ChildFor(IReadOnlyList<Person> people)
    {
        var child = source.Child;
        // The child's legal name is for the professional record; the child's own version uses the name they like.
        // For parents it goes too when it carries a surname kept from them (an adopted child's new name).
        var legalHidden = reader == Audience.Child ||
            _terms.Any(t => child.LegalName.Split(' ').Contains(t.Text, StringComparer.Ordinal));
        if (!legalHidden || child.LegalName == child.PreferredName) return child;
        _removed.Add("child.legal_name");
        _terms.Add(new HiddenTerm(child.LegalName, $"the child's legal name, which is kept from {ReaderWords}"));
        return child with { LegalName = child.PreferredName };
    }
}
