using LifeStory.Cases.Model;

namespace LifeStory.Tests.Audiences.Generated;

internal sealed partial class CaseGenerator
{
    private void Reviews()
    {
        var count = random.Next(1, 3);
        Line("reviews:");
        var dates = Enumerable.Range(0, count).Select(_ => DateBetween(_born.AddDays(30), Today)).Distinct().Order().ToList();
        foreach (var date in dates)
        {
            var latest = date == dates[^1];
            Line($"  - date: {D(date)}");
            if (_people.FirstOrDefault(p => p.Group == "iro") is { } iro) Line($"    iro: {iro.Id}");
            var came = Some(_people, 0.4);
            if (came.Count > 0)
            {
                Line("    people:");
                foreach (var person in came) Line($"      - {{ person: {person.Id}, how: {Pick(["came", "sent_views"])} }}");
            }
            Line($"    child_came: {(Chance(0.5) ? "true" : "false")}");
            if (Chance(0.6))
            {
                var said = markers.Next();
                var hidden = Chance(0.6) ? HiddenFrom(0.3) : [];
                Line(hidden.Count > 0
                    ? $"    child_said: {{ text: {Q(said + " is good." + Mention())}, hidden_from: {List(hidden)} }}"
                    : $"    child_said: {Q(said + " is good." + Mention())}");
                Hide(hidden, said);
            }
            Line("    going_well:");
            foreach (var _ in Enumerable.Range(0, random.Next(1, 3))) Line($"      - {Q(markers.Next() + " went well." + Mention())}");
            Worries(latest);
            Decisions(latest);
            Scale();
            Line($"    next_review: {D(Today.AddMonths(4))}");
        }
    }

    private void Worries(bool latest)
    {
        var count = random.Next(0, 3);
        if (count == 0) return;
        Line("    worries:");
        for (var i = 0; i < count; i++)
        {
            var what = markers.Next();
            Line($"      - what: {Q(what + " is a worry.")}");
            var who = Some(_people, 0.3).Select(p => p.Id).ToList();
            if (who.Count > 0) Line($"        who_is_worried: [{string.Join(", ", who)}]");
            var hidden = HiddenFrom(0.25);
            if (hidden.Count > 0) Line($"        hidden_from: {List(hidden)}");
            Hide(hidden, what);
            if (latest) _recordShows.Add(what);
        }
    }

    /// <param name="field">decisions for a review; plan for a conference, whose steps are the same records.</param>
    private void Decisions(bool latest, string field = "decisions")
    {
        var count = random.Next(0, 3);
        if (count == 0) return;
        Line($"    {field}:");
        for (var i = 0; i < count; i++)
        {
            var what = markers.Next();
            Line($"      - what: {Q(what + " will happen.")}");
            Line($"        who: {(Chance(0.2) ? "child" : SomeoneId() ?? "child")}");
            Line($"        by: {D(Today.AddMonths(2))}");
            var hidden = HiddenFrom(0.25);
            if (hidden.Count > 0) Line($"        hidden_from: {List(hidden)}");
            Hide(hidden, what);
            if (latest) _recordShows.Add(what);
        }
    }

    private void Scale()
    {
        var scorers = Some(_people, 0.3);
        if (scorers.Count == 0) return;
        Line($"    scale_question: {Q("How safe is it?")}");
        Line($"    scale_zero: {Q("Not safe")}");
        Line($"    scale_ten: {Q("Very safe")}");
        Line("    scale:");
        foreach (var person in scorers) Line($"      - {{ person: {person.Id}, score: {random.Next(0, 11)} }}");
    }

    private void Extras()
    {
        if (Chance(0.3)) Line($"privacy:\n  hidden_people: leave_out");
        if (_people.Count > 0 && Chance(0.5))
        {
            var words = markers.Next();
            Line("later_life_letter:");
            Line($"  from: {Pick(_people).Id}");
            Line($"  written: {D(Today.AddDays(-10))}");
            Line($"  markdown: {Q(words + " is the whole story.")}");
        }
    }
}
