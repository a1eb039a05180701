namespace LifeStory.Audiences;

/// <summary>
/// What a reader's version leaves out or says in general words, so the sender can check it before it goes.
/// <see cref="Describe"/> without names is safe to keep in the manifest: it holds no hidden value.
/// </summary>
/// <param name="LeftOut">How many of each kind of item were left out ("worry" → 1), in the order they were met.</param>
/// <param name="NamesLeftOut">The names of people left out: for the sender's eyes only, never written to a file.</param>
/// <param name="SurnamesLeftOut">People printed by first name only for this reader.</param>
/// <param name="Renamed">People printed under the name the case gives this reader (shown_as).</param>
/// <param name="DescribedAs">Neutral words used where a hidden person was mentioned ("a teacher").</param>
public sealed record RedactionSummary(
    IReadOnlyList<KeyValuePair<string, int>> LeftOut,
    IReadOnlyList<string> NamesLeftOut,
    int SurnamesLeftOut,
    int Renamed,
    IReadOnlyList<string> DescribedAs)
{
    public static RedactionSummary Nothing { get; } = new([], [], 0, 0, []);

    /// <summary>Kinds of item only a review letter prints.</summary>
    public static readonly IReadOnlySet<string> ReviewKinds = new HashSet<string>(StringComparer.Ordinal)
    {
        "worry", "decision", "score", "name among who came", "child's words at the meeting",
    };

    /// <summary>Kinds of item only a conference's versions print.</summary>
    public static readonly IReadOnlySet<string> ConferenceKinds = MeetingKinds.Conference.All.ToHashSet(StringComparer.Ordinal);

    /// <summary>Kinds of item only a pathway plan prints.</summary>
    public static readonly IReadOnlySet<string> PathwayKinds = new HashSet<string>(StringComparer.Ordinal) { "goal", "step of help" };

    /// <summary>Kinds of item a book and the later-life letter never print: the meetings' and the plans'.</summary>
    public static bool PlanOrMeeting(string kind) => ReviewKinds.Contains(kind) || ConferenceKinds.Contains(kind) || PathwayKinds.Contains(kind);

    /// <summary>Only the kinds of item this product prints, so a book's summary does not speak of review meetings.</summary>
    public RedactionSummary Only(Func<string, bool> printed) => this with { LeftOut = LeftOut.Where(kv => printed(kv.Key)).ToList() };

    public bool IsEmpty => LeftOut.Count == 0 && SurnamesLeftOut == 0 && Renamed == 0 && DescribedAs.Count == 0;

    /// <summary>"1 worry, 1 decision and 1 person (Helen Carter) left out; 2 surnames left out; 'a teacher' used instead".</summary>
    public string Describe(bool withNames)
    {
        if (IsEmpty) return "nothing left out";
        var parts = new List<string>();
        if (LeftOut.Count > 0)
        {
            // The names go with the people they belong to: "2 people (the names of …), 1 worry and 1 school left out".
            var names = withNames && NamesLeftOut.Count > 0 ? $" (the name{(NamesLeftOut.Count == 1 ? "" : "s")} of {Join(NamesLeftOut)})" : "";
            var items = LeftOut.Select(kv => Count(kv.Value, kv.Key) + (kv.Key == "person" ? names : "")).ToList();
            parts.Add(Join(items) + " left out");
        }
        if (SurnamesLeftOut > 0) parts.Add($"{Count(SurnamesLeftOut, "surname")} left out (first names only)");
        if (Renamed > 0) parts.Add($"{Count(Renamed, "person")} shown by the name the case gives this reader");
        if (DescribedAs.Count > 0) parts.Add(Join(DescribedAs.Select(d => $"'{d}'").ToList()) + " used instead of a name");
        return string.Join("; ", parts);
    }

    private static string Count(int n, string kind) => n == 1 ? $"1 {kind}" : $"{n} {Plural(kind)}";

    private static string Plural(string kind) => kind switch
    {
        "person" => "people",
        "thing the child said" => "things the child said",
        "name among who came" => "names among who came",
        "child's words at the meeting" => "child's words at meetings",
        "name among who came to the conference" => "names among who came to the conference",
        "child's words at the conference" => "child's words at conferences",
        "step in the plan" => "steps in the plan",
        "step of help" => "steps of help",
        "address" => "addresses",
        _ => kind.EndsWith('y') && !kind.EndsWith("ay", StringComparison.Ordinal) ? kind[..^1] + "ies" : kind + "s",
    };

    private static string Join(IReadOnlyList<string> items) =>
        items.Count <= 1 ? string.Concat(items) : string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1];
}
