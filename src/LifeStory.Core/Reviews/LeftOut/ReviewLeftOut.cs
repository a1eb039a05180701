using LifeStory.Audiences;
using LifeStory.Cases.Loading;
using LifeStory.Cases.Model;
using LifeStory.Templating;

namespace LifeStory.Reviews.LeftOut;

/// <summary>
/// The redaction summary an IRO reads before signing or sending a review: for each reader, which people, words,
/// worries, decisions and scores of that meeting their version leaves out or names in other words. It reads what the
/// <see cref="Redactor"/> took out when it made each reader's version, so it can never disagree with the versions.
/// </summary>
public static class ReviewLeftOut
{
    /// <summary>The readers in the order the page and the CLI list them; the full record leaves nothing out.</summary>
    public static IReadOnlyList<Audience> Readers { get; } = [Audience.Child, Audience.Carers, Audience.Parents, Audience.Record];

    /// <param name="hiddenFromParents">The council's defaults (settings/privacy.yaml); the shipped ones when null.</param>
    /// <returns>One entry per reader, or nothing when the case has no review on that day.</returns>
    public static IReadOnlyList<ReaderLeftOut> For(Case source, DateOnly date, IReadOnlySet<ProtectedDetail>? hiddenFromParents = null)
    {
        var index = source.Reviews.ToList().FindIndex(r => r.Date == date);
        if (index < 0) return [];
        return Readers.Select(reader => new ReaderLeftOut(reader,
            Items(source, index, Redactor.For(source, reader, hiddenFromParents)))).ToList();
    }

    /// <summary>
    /// For a case folder, with the privacy defaults the pipeline itself reads there (the council's templates, then the
    /// case's own): the same versions the CLI and the web app make. Nothing when the case cannot be read.
    /// </summary>
    public static IReadOnlyList<ReaderLeftOut> For(string caseFolder, DateOnly date, string? templatesFolder)
    {
        var loaded = CaseLoader.Load(caseFolder);
        return loaded.Case is null ? [] : For(loaded.Case.Model, date, PrivacyDefaults.From(TemplateFolders.For(caseFolder, templatesFolder)));
    }

    private static List<LeftOutItem> Items(Case source, int index, ReaderView view)
    {
        var review = source.Reviews[index];
        var shown = view.Case.Reviews[index];
        var path = $"reviews[{index}]";
        var names = new ReviewNames(source, view);
        var items = new List<LeftOutItem>();
        bool Gone(string item) => view.Removed.Covers(item);

        if (review.Iro is { } iro && shown.Iro is null) items.Add(new("The IRO's name", names.Full(iro)));
        for (var i = 0; i < review.People.Count; i++)
        {
            var attendee = review.People[i];
            if (Gone($"{path}.people[{i}]"))
                items.Add(new("Who came", $"{names.Full(attendee.Person)} ({(attendee.How == Attendance.Came ? "came" : "sent their views")})"));
        }
        if (review.ChildSaid is { } said && Gone($"{path}.child_said")) items.Add(new("What the child said", said.Text));

        var keptWorries = Kept(review.Worries, i => Gone($"{path}.worries[{i}]"), shown.Worries);
        for (var i = 0; i < review.Worries.Count; i++)
        {
            var worry = review.Worries[i];
            if (keptWorries[i] is not { } kept) { items.Add(new("Worry", worry.What)); continue; }
            foreach (var who in worry.WhoIsWorried.Except(kept.WhoIsWorried, StringComparer.Ordinal))
                items.Add(new("Who is worried", $"{names.Full(who)}, in the worry \"{worry.What}\""));
        }
        for (var i = 0; i < review.Decisions.Count; i++)
            if (Gone($"{path}.decisions[{i}]")) items.Add(new("Decision", review.Decisions[i].What));
        for (var i = 0; i < review.Scale.Count; i++)
            if (Gone($"{path}.scale[{i}]")) items.Add(new("Score", $"{names.Full(review.Scale[i].Person)}: {review.Scale[i].Score} out of 10"));

        // Everyone the letter still mentions, but not by the name the full record uses.
        foreach (var id in Mentioned(shown))
            if (names.ShownAs(id) is { } other) items.Add(new("Named another way", $"{names.Full(id)}, shown as \"{other}\""));
        return items;
    }

    /// <summary>Each source item beside the reader's copy of it (null when left out): the copies keep the source's order.</summary>
    private static List<T?> Kept<T>(IReadOnlyList<T> source, Func<int, bool> gone, IReadOnlyList<T> kept) where T : class
    {
        var result = new List<T?>();
        var next = 0;
        for (var i = 0; i < source.Count; i++) result.Add(gone(i) ? null : kept[next++]);
        return result;
    }

    /// <summary>The people a reader's letter mentions, once each, in the order it first mentions them.</summary>
    private static IEnumerable<string> Mentioned(Review shown) =>
        shown.People.Select(a => a.Person)
            .Concat(shown.Worries.SelectMany(w => w.WhoIsWorried))
            .Concat(shown.Decisions.Select(d => d.Who))
            .Concat(shown.Scale.Select(s => s.Person))
            .Append(shown.Iro).OfType<string>()
            .Distinct(StringComparer.Ordinal);
}
