using System.Globalization;
using System.Text;
using LifeStory.Cases.Editing;
using LifeStory.Cases.Model;

namespace LifeStory.Web.Reviews.Recording;

/// <summary>
/// One review as case.yaml's block YAML, in the order the letter reads: who came, the child's words, what is going
/// well, worries, the scale, decisions, the next review, then the IRO's signatures. Values are written as typed
/// (<see cref="YamlScalar"/> quotes only what YAML would misread), so the loader reads back exactly what was typed,
/// and a mistyped score or date is reported by the loader with the CLI's own message.
/// </summary>
public static class ReviewYaml
{
    /// <param name="indent">Spaces before the review's dash: the column the case's other reviews use.</param>
    /// <param name="kind">A review (the default) or a conference: the names of the chair, the steps and the next meeting.</param>
    /// <param name="own">A conference's own lines (kind, category, core groups), written with the given key indent.</param>
    public static string Write(ReviewForm form, DateOnly date, IReadOnlyList<ReviewSignature> signed, int indent,
        Meetings.MeetingKind? kind = null, Func<string, MeetingLines>? own = null)
    {
        kind ??= Meetings.MeetingKind.Review;
        var text = new StringBuilder();
        var dash = new string(' ', indent);
        var key = new string(' ', indent + 2);
        var item = new string(' ', indent + 4);
        var inner = new string(' ', indent + 6);
        void Line(string prefix, string name, string value) => text.Append(prefix).Append(name).Append(": ").Append(value).Append('\n');
        void Optional(string name, string value)
        {
            if (value.Trim().Length > 0) Line(key, name, Text(value));
        }

        text.Append(dash).Append("- date: ").Append(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
        var lines = own?.Invoke(key) ?? MeetingLines.None;
        text.Append(lines.Head);
        Optional(kind.ChairKey, form.Iro);
        var people = form.People.Where(p => p.How.Length > 0).ToList();
        if (people.Count > 0)
        {
            text.Append(key).Append("people:\n");
            foreach (var person in people)
                text.Append(item).Append("- { person: ").Append(Flow(person.Person)).Append(", how: ").Append(YamlScalar.Write(person.How.Trim(), FormFieldKind.Choice, inFlow: true)).Append(" }\n");
        }
        Line(key, "child_came", form.ChildCame ? "true" : "false");
        if (form.ChildSaid.Trim().Length > 0)
        {
            var hidden = ReviewForm.Ids(form.ChildSaidHiddenFrom);
            if (hidden.Count == 0) Line(key, "child_said", Text(form.ChildSaid));
            else
            {
                text.Append(key).Append("child_said:\n");
                Line(item, "text", Text(form.ChildSaid));
                Line(item, "hidden_from", List(hidden));
            }
        }
        Optional("views_gathered", form.ViewsGathered);
        var going = form.GoingWellLines().ToList();
        if (going.Count > 0)
        {
            text.Append(key).Append("going_well:\n");
            foreach (var line in going) text.Append(item).Append("- ").Append(Text(line)).Append('\n');
        }
        if (form.FilledWorries() is { Count: > 0 } worries)
        {
            text.Append(key).Append("worries:\n");
            foreach (var worry in worries)
            {
                Line(item + "- ", "what", Text(worry.What));
                if (ReviewForm.Ids(worry.Who) is { Count: > 0 } who) Line(inner, "who_is_worried", List(who));
                if (worry.CouldHappen.Trim().Length > 0) Line(inner, "what_could_happen", Text(worry.CouldHappen));
                if (worry.Goal.Trim().Length > 0) Line(inner, "safety_goal", Text(worry.Goal));
                if (ReviewForm.Ids(worry.HiddenFrom) is { Count: > 0 } hidden) Line(inner, "hidden_from", List(hidden));
            }
        }
        Optional("scale_question", form.ScaleQuestion);
        Optional("scale_zero", form.ScaleZero);
        Optional("scale_ten", form.ScaleTen);
        if (form.FilledScores() is { Count: > 0 } scores)
        {
            text.Append(key).Append("scale:\n");
            foreach (var score in scores)
                text.Append(item).Append("- { person: ").Append(Flow(score.Person)).Append(", score: ")
                    .Append(YamlScalar.Write(score.Score.Trim(), FormFieldKind.WholeNumber, inFlow: true)).Append(" }\n");
        }
        if (form.FilledDecisions() is { Count: > 0 } decisions)
        {
            text.Append(key).Append(kind.StepsKey).Append(":\n");
            foreach (var decision in decisions)
            {
                Line(item + "- ", "what", Text(decision.What));
                Line(inner, "who", Text(decision.Who));
                if (decision.By.Trim().Length > 0) Line(inner, "by", YamlScalar.Write(decision.By.Trim(), FormFieldKind.PartialDate));
                if (ReviewForm.Ids(decision.HiddenFrom) is { Count: > 0 } hidden) Line(inner, "hidden_from", List(hidden));
            }
        }
        text.Append(lines.Tail);
        if (form.NextReview.Trim().Length > 0) Line(key, kind.NextKey, YamlScalar.Write(form.NextReview.Trim(), FormFieldKind.Date));
        if (signed.Count > 0)
        {
            text.Append(key).Append("signed:\n");
            foreach (var signature in signed)
            {
                Line(item + "- ", "by", Text(signature.By));
                Line(inner, "date", signature.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                if (signature.Changed is { } changed) Line(inner, "changed", Text(changed));
            }
        }
        return text.ToString();
    }

    /// <summary>An enum value as case.yaml spells it: SentViews → sent_views.</summary>
    public static string Snake<T>(T value) where T : struct, Enum =>
        string.Concat(value.ToString().Select((c, i) => char.IsUpper(c) ? (i > 0 ? "_" : "") + char.ToLowerInvariant(c) : c.ToString()));

    private static string Text(string value) => YamlScalar.Write(value.Trim(), FormFieldKind.Text);

    private static string Flow(string value) => YamlScalar.Write(value.Trim(), FormFieldKind.Text, inFlow: true);

    private static string List(IEnumerable<string> ids) => "[" + string.Join(", ", ids.Select(Flow)) + "]";
}
