using System.Globalization;
using System.Text;
using LifeStory.Cases.Model;

namespace LifeStory.Tests.Audiences.Generated;

/// <summary>
/// Writes random but valid cases: people of every group with random hidden_from, other names for a reader and
/// surnames kept from some; homes, schools, events, photos, drawings, Words and Pictures, story sections that embed
/// photos and mention people, the child's words and reviews that point at anyone. Every value is a unique marker,
/// and the oracle here says, by its own simple reading of the rules, which markers each reader must never see.
/// </summary>
internal sealed partial class CaseGenerator(Random random, Markers markers)
{
    private static readonly Audience[] Readers = [Audience.Child, Audience.Carers, Audience.Parents];
    private static readonly DateOnly Today = new(2026, 6, 1);

    private readonly StringBuilder _yaml = new();
    private readonly Dictionary<Audience, HashSet<string>> _hidden = new()
    {
        [Audience.Child] = [], [Audience.Carers] = [], [Audience.Parents] = [], [Audience.Record] = [],
    };
    private readonly List<string> _ids = [];
    private readonly List<string> _recordShows = [];
    private readonly List<GenPerson> _people = [];
    private readonly List<GenPhoto> _photos = [];
    private readonly List<string> _drawingFiles = [];
    private readonly List<(DateOnly From, DateOnly? To)> _adoptiveHomes = [];
    private DateOnly _born;

    public GeneratedCase Generate()
    {
        PreparePhotos();
        Child();
        People();
        Homes();
        Schools();
        Photos();
        Timeline();
        Drawings();
        Story();
        MyWords();
        Reviews();
        Extras();
        // After everything else, so each seed still makes the same cases as before, with these added.
        Conferences();
        PathwayPlan();
        return new GeneratedCase(_yaml.ToString(), _photos.Select(p => p.File).ToList(), _drawingFiles,
            _hidden, _ids, _recordShows);
    }

    private sealed record GenPerson(string Id, string First, string Surname, string? Known, string Group);

    private sealed record GenPhoto(string Id, string File, IReadOnlyList<Audience> HiddenFrom, string Caption);

    private void Line(string text) => _yaml.Append(text).Append('\n');

    private static string Q(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    private static string D(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private bool Chance(double p) => random.NextDouble() < p;

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private List<T> Some<T>(IReadOnlyList<T> items, double p) => items.Where(_ => Chance(p)).ToList();

    /// <summary>A random hidden_from: each reader with this chance.</summary>
    private List<Audience> HiddenFrom(double p = 0.25) => Readers.Where(_ => Chance(p)).ToList();

    private static string List(IEnumerable<Audience> readers) => "[" + string.Join(", ", readers.Select(r => r.ToString().ToLowerInvariant())) + "]";

    private void Hide(IEnumerable<Audience> readers, params string?[] values)
    {
        foreach (var reader in readers)
            foreach (var value in values.OfType<string>()) _hidden[reader].Add(value);
    }

    private DateOnly DateBetween(DateOnly from, DateOnly to) =>
        from.AddDays(random.Next(Math.Max(1, to.DayNumber - from.DayNumber)));

    private void Child()
    {
        _born = DateBetween(new DateOnly(2009, 1, 1), new DateOnly(2024, 1, 1));
        var preferred = markers.Next();
        var legal = markers.Next();
        Line("child:");
        Line($"  legal_name: {Q(preferred + " " + legal)}");
        Line($"  preferred_name: {Q(preferred)}");
        Line($"  date_of_birth: {D(_born)}");
        Line($"  pronouns: {Pick(["she", "he", "they"])}");
        Line("  first_language: English");
        if (_photos.Count > 0 && Chance(0.5)) Line($"  cover_photo: {Pick(_photos).Id}");
        // The legal name is for the professional record only.
        Hide([Audience.Child], legal);
    }
}
