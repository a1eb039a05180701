using LifeStory.Cases.Model;
using LifeStory.Languages;
using LifeStory.Wording;
using Scriban.Runtime;
using static LifeStory.Templating.ScriptValues;

namespace LifeStory.Templating;

/// <summary>One review meeting as template values: who came, what the child said, worries, decisions and the scale.</summary>
internal static class ReviewData
{
    /// <param name="pictureOf">
    /// A person's photo as a picture line (with its sensitive-photo styling), if the case has one this reader may
    /// see: a young child's letter shows faces.
    /// </param>
    public static ScriptObject For(Review review, Catalogue words, Func<string, string> nameOf, IReadOnlyDictionary<string, Person> people, Func<string, string?> pictureOf)
    {
        // "mum" in the letter's language when its catalogue has the word (relationship_mum), else as the worker wrote it.
        string RoleOf(string id) => people.TryGetValue(id, out var p) ? words.Term("relationship", Relationship(p.Relationship)) : "";
        var iro = review.Iro is { } id && people.TryGetValue(id, out var person) ? person : null;
        // The letter is from the IRO, so the IRO is "I" in it: "Jo and I are worried", "Who will do it: me".
        bool IsIro(string who) => iro is not null && who == iro.Id;
        string Doer(string who) => IsIro(who) ? words.Say("me") : nameOf(who);
        var and = (words.Say("comma"), words.Say("and"));
        // Somebody already helping the child have their say, named in the letter instead of offering one.
        var advocate = people.Values.FirstOrDefault(p => p.Group == PersonGroup.Others && p.Died is null
            && p.Relationship.Contains("advocate", StringComparison.OrdinalIgnoreCase));
        return new ScriptObject
        {
            ["date"] = words.Date(review.Date),
            ["came"] = Array(review.People.Where(a => a.How == Attendance.Came), a => Who(a.Person)),
            ["sent_views"] = Array(review.People.Where(a => a.How == Attendance.SentViews), a => Who(a.Person)),
            // "Jo Patel (your foster carer) and Priya Shah (your social worker)": who came, as one phrase.
            ["came_names"] = Phrase(review.People.Where(a => a.How == Attendance.Came)),
            ["sent_views_names"] = Phrase(review.People.Where(a => a.How == Attendance.SentViews)),
            // "Nan and Dad told us their views by phone": by name only, as a sentence of its own after who came.
            ["by_phone"] = Array(review.People.Where(a => a.How == Attendance.ByPhone), a => Who(a.Person)),
            ["by_phone_names"] = Capitalise(JoinNames(and, review.People.Where(a => a.How == Attendance.ByPhone).Select(a => nameOf(a.Person)).ToList())),
            ["child_came"] = review.ChildCame,
            ["child_said"] = Text(review.ChildSaid?.Text),
            ["views_gathered"] = Text(review.ViewsGathered),
            ["going_well"] = new ScriptArray(review.GoingWell.Select(Text)),
            ["worries"] = Array(review.Worries, w => new ScriptObject
            {
                ["what"] = Text(w.What), ["who"] = Worried(w), ["verb"] = WorriedVerb(w),
                // How many are worried (for the plural form of the sentence), and whether it is the IRO alone ("I am worried").
                ["count"] = w.WhoIsWorried.Count, ["only_me"] = w.WhoIsWorried.Count == 1 && w.WhoIsWorried.Any(IsIro),
                // "Jo and I": English says "are" as for anyone else, Polish and Arabic say "we".
                ["with_me"] = w.WhoIsWorried.Any(IsIro),
                ["could_happen"] = Text(w.WhatCouldHappen), ["goal"] = Text(w.SafetyGoal),
            }),
            ["decisions"] = Array(review.Decisions.Select((d, i) => (d, i)), x => new ScriptObject
            {
                ["number"] = x.i + 1, ["what"] = Text(x.d.What), ["who"] = Capitalise(Doer(x.d.Who)),
                ["by"] = x.d.By is null ? "" : words.Date(x.d.By),
            }),
            ["scale"] = new ScriptObject
            {
                ["question"] = Text(review.ScaleQuestion), ["zero"] = Text(review.ScaleZero), ["ten"] = Text(review.ScaleTen),
                ["scores"] = Array(review.Scale, s => new ScriptObject { ["who"] = Capitalise(Doer(s.Person)), ["score"] = s.Score }),
            },
            ["next_review"] = review.NextReview is null ? null : words.Date(review.NextReview.Value),
            ["iro"] = iro is null ? null : new ScriptObject { ["name"] = Text(iro.Name), ["known_as"] = Text(iro.ChildName) },
            ["advocate"] = advocate is null ? null : Text(advocate.ChildName),
            ["signed"] = review.IsSigned,
            // Every signature after the first is a correction: the full record says when, and what changed.
            ["corrections"] = Array(review.Signed.Skip(1).Where(s => !string.IsNullOrWhiteSpace(s.Changed)), s => new ScriptObject
            {
                ["date"] = words.Date(s.Date), ["changed"] = Text(s.Changed),
            }),
        };

        // "Jo and I", with the IRO last as English puts it; "People" when nobody is named.
        string Worried(Worry worry)
        {
            var names = worry.WhoIsWorried.Where(w => !IsIro(w)).Select(nameOf).ToList();
            if (worry.WhoIsWorried.Any(IsIro)) names.Add(words.Say("i"));
            return Capitalise(JoinNames(and, names));
        }

        string WorriedVerb(Worry worry) => worry.WhoIsWorried.Count switch
        {
            0 => "are",
            1 => worry.WhoIsWorried.Any(IsIro) ? "am" : "is",
            _ => "are",
        };

        // A name on its own line or card starts with a capital, even in general words ("A teacher").
        // "easy_read": this person reads the easy-read letter, which then says "you" to them.
        ScriptObject Who(string id) => new()
        {
            ["name"] = Capitalise(nameOf(id)), ["relationship"] = RoleOf(id), ["picture"] = pictureOf(id),
            ["easy_read"] = people.TryGetValue(id, out var who) && who.NeedsEasyRead,
        };

        string Phrase(IEnumerable<ReviewAttendee> attendees) => JoinNames(and, attendees
            .Select(a => RoleOf(a.Person) is { Length: > 0 } role
                ? words.Say("name_with_relationship", new Dictionary<string, object?> { ["name"] = nameOf(a.Person), ["relationship"] = role })
                : nameOf(a.Person)).ToList());
    }
}
