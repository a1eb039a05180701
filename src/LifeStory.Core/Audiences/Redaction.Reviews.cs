using LifeStory.Cases.Model;

namespace LifeStory.Audiences;

internal sealed partial class Redaction
{
    private Review Review(Review review, int index) => Meeting(review, $"reviews[{index}]", MeetingKinds.Review, "decisions");

    /// <summary>A conference is redacted as the meeting it shares its parts with, under its own kinds and field names.</summary>
    private Conference Conference(Conference conference, int index)
    {
        var path = $"conferences[{index}]";
        var redacted = conference.WithMeeting(Meeting(conference.AsMeeting(), path, MeetingKinds.Conference, "plan"));
        // The full minutes are the professional record: every other reader has the plain version instead.
        if (reader == Audience.Record || redacted.Minutes is null) return redacted;
        _removed.Add(path + ".minutes");
        return redacted with { Minutes = null };
    }

    /// <param name="steps">The field the meeting's steps are listed under: decisions for a review, plan for a conference.</param>
    private Review Meeting(Review review, string path, MeetingKinds kinds, string steps)
    {
        var childSaid = review.ChildSaid;
        if (childSaid is not null && Hidden(childSaid.HiddenFrom))
        {
            _removed.Add(path + ".child_said");
            Count(kinds.ChildSaid);
            childSaid = null;
        }
        return review with
        {
            People = References(review.People, path + ".people", a => a.Person, kinds.Attendee),
            ChildSaid = childSaid,
            Worries = Keep(review.Worries, path + ".worries", kinds.Worry, w => w.HiddenFrom)
                .Select(w => w with { WhoIsWorried = w.WhoIsWorried.Where(Resolve).ToList() }).ToList(),
            Decisions = References(review.Decisions, $"{path}.{steps}", d => d.Who, kinds.Step, d => d.HiddenFrom),
            Scale = References(review.Scale, path + ".scale", s => s.Person, kinds.Score),
            Iro = review.Iro is { } iro && _visiblePeople.Contains(iro) ? iro : null,
            Signed = Signatures(review.Signed, path + ".signed"),
        };
    }

    /// <summary>
    /// A reader's copy says it is signed, not what a correction changed: only the full record tells that story, so the
    /// IRO's words about a correction (which may name anyone) never reach another reader.
    /// </summary>
    private List<ReviewSignature> Signatures(IReadOnlyList<ReviewSignature> signed, string list)
    {
        for (var i = 0; i < signed.Count; i++)
            if (signed[i].Changed is not null) _removed.Add($"{list}[{i}].changed");
        return signed.Select(s => s with { Changed = null }).ToList();
    }

    /// <summary>
    /// Items that point at a person: kept when the person is visible or described in general words; left out with
    /// the count noted when the case says to leave out what depends on a hidden person.
    /// </summary>
    private List<T> References<T>(IReadOnlyList<T> items, string list, Func<T, string> who, string kind,
        Func<T, IReadOnlyList<Audience>>? hiddenFrom = null)
    {
        var kept = new List<T>();
        for (var i = 0; i < items.Count; i++)
        {
            if ((hiddenFrom is null || !Hidden(hiddenFrom(items[i]))) && Resolve(who(items[i]))) { kept.Add(items[i]); continue; }
            _removed.Add($"{list}[{i}]");
            Count(kind);
        }
        return kept;
    }

    /// <summary>True when the id can be printed for this reader: a visible person, or a hidden one in general words.</summary>
    private bool Resolve(string id)
    {
        if (_visiblePeople.Contains(id)) return true;
        if (!Describes || !_standIns.TryGetValue(id, out var words)) return false;
        _describedAs.Add(words);
        return true;
    }
}
