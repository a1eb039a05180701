using LifeStory.Cases.Model;

namespace LifeStory.Tests.Audiences.Generated;

internal sealed partial class CaseGenerator
{
    /// <summary>
    /// Sometimes a child protection conference: its meeting parts as a review's (worries, steps, scale) under its own
    /// field names, and the chair's full minutes, which only the record may print.
    /// </summary>
    private void Conferences()
    {
        if (!Chance(0.5)) return;
        var date = DateBetween(_born.AddDays(30), Today);
        Line("conferences:");
        Line($"  - date: {D(date)}");
        Line($"    category: {Pick(["neglect", "physical_abuse", "emotional_abuse", "sexual_abuse"])}");
        if (SomeoneId() is { } chair) Line($"    chair: {chair}");
        var came = Some(_people, 0.4);
        if (came.Count > 0)
        {
            Line("    people:");
            foreach (var person in came) Line($"      - {{ person: {person.Id}, how: {Pick(["came", "sent_views", "by_phone"])} }}");
        }
        if (Chance(0.6))
        {
            var said = markers.Next();
            var hidden = HiddenFrom(0.3);
            Line(hidden.Count > 0
                ? $"    child_said: {{ text: {Q(said + " is scary." + Mention())}, hidden_from: {List(hidden)} }}"
                : $"    child_said: {Q(said + " is scary." + Mention())}");
            Hide(hidden, said);
        }
        Worries(latest: false);
        Decisions(latest: false, field: "plan");
        Scale();
        Line($"    core_groups: [{D(Today)}]");
        Line($"    review_conference: {D(Today.AddMonths(3))}");
        var minutes = markers.Next();
        Line($"    minutes: {Q(minutes + " was discussed." + Mention())}");
        Hide([Audience.Child, Audience.Carers, Audience.Parents], minutes);
    }

    /// <summary>Sometimes a pathway plan: goals (some hidden from a reader, with the help that goes with them) and an adviser.</summary>
    private void PathwayPlan()
    {
        if (!Chance(0.5)) return;
        Line("pathway_plan:");
        Line($"  written: {D(Today.AddDays(-5))}");
        var about = markers.Next();
        Line($"  about_me: {Q(about + " is me.")}");
        if (SomeoneId() is { } adviser) Line($"  personal_adviser: {adviser}");
        Line("  goals:");
        foreach (var _ in Enumerable.Range(0, random.Next(1, 4)))
        {
            var words = markers.Next();
            var need = markers.Next();
            var help = markers.Next();
            Line($"    - area: {Pick(["education", "work", "home", "health", "money", "relationships"])}");
            Line($"      in_my_words: {Q(words + " is what I want." + Mention())}");
            Line($"      what_i_need: {Q(need + " would help.")}");
            Line("      help:");
            Line($"        - what: {Q(help + " will be done.")}");
            Line($"          who: {(Chance(0.2) ? "child" : SomeoneId() ?? "child")}");
            var helpHidden = HiddenFrom(0.2);
            if (helpHidden.Count > 0) Line($"          hidden_from: {List(helpHidden)}");
            var hidden = HiddenFrom(0.25);
            if (hidden.Count > 0) Line($"      hidden_from: {List(hidden)}");
            Hide(hidden, words, need, help);
            Hide(helpHidden, help);
        }
    }
}
