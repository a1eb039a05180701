using System.Globalization;
using System.Text;
using LifeStory.Cases.Editing;
using LifeStory.Cases.Model;
using LifeStory.Web.Reviews.Recording;

namespace LifeStory.Web.Pathway;

/// <summary>
/// The pathway plan as case.yaml's block YAML, in the order the plan reads: when it was written, about me, the
/// adviser, the goals (each in the young person's words first, then what they need and who helps by when), Staying
/// Put, the local offer, the next look at it, then the signatures. Values are written as typed (<see cref="YamlScalar"/>
/// quotes only what YAML would misread), so the loader reads back exactly what was typed and reports a mistyped date
/// with the CLI's own message. <see cref="SectionEdit"/> puts it in place of the plan there, every other byte kept.
/// </summary>
public static class PathwayPlanYaml
{
    public const string Key = "pathway_plan";

    public static string Write(PathwayPlanForm form, IReadOnlyList<ReviewSignature> signed)
    {
        var text = new StringBuilder();
        text.Append(Key).Append(":\n");
        void Line(string indent, string name, string value) => text.Append(indent).Append(name).Append(": ").Append(value).Append('\n');
        void Optional(string indent, string name, string value, FormFieldKind kind = FormFieldKind.Text)
        {
            if (value.Trim().Length > 0) Line(indent, name, YamlScalar.Write(value.Trim(), kind));
        }

        Optional("  ", "written", form.Written, FormFieldKind.Date);
        Optional("  ", "about_me", form.AboutMe);
        Optional("  ", "personal_adviser", form.PersonalAdviser);
        if (form.FilledGoals() is { Count: > 0 } goals)
        {
            text.Append("  goals:\n");
            foreach (var goal in goals)
            {
                // The goal's first line carries its dash, whichever field is written first.
                var dash = "    - ";
                string At()
                {
                    var at = dash;
                    dash = "      ";
                    return at;
                }
                if (goal.Area.Trim().Length > 0) Line(At(), "area", YamlScalar.Write(goal.Area.Trim(), FormFieldKind.Choice));
                if (goal.InMyWords.Trim().Length > 0) Line(At(), "in_my_words", Text(goal.InMyWords));
                if (goal.WhatINeed.Trim().Length > 0) Line(At(), "what_i_need", Text(goal.WhatINeed));
                if (goal.FilledHelp() is { Count: > 0 } help)
                {
                    text.Append(At()).Append("help:\n");
                    foreach (var step in help)
                    {
                        Line("        - ", "what", Text(step.What));
                        Line("          ", "who", Text(step.Who));
                        if (step.By.Trim().Length > 0) Line("          ", "by", YamlScalar.Write(step.By.Trim(), FormFieldKind.PartialDate));
                        if (ReviewForm.Ids(step.HiddenFrom) is { Count: > 0 } hidden) Line("          ", "hidden_from", List(hidden));
                    }
                }
                if (ReviewForm.Ids(goal.HiddenFrom) is { Count: > 0 } kept) Line(At(), "hidden_from", List(kept));
            }
        }
        Optional("  ", "staying_put", form.StayingPut);
        Optional("  ", "local_offer", form.LocalOffer);
        Optional("  ", "next_review", form.NextReview, FormFieldKind.Date);
        if (signed.Count > 0)
        {
            text.Append("  signed:\n");
            foreach (var signature in signed)
            {
                var entry = $"{{ by: {Flow(signature.By)}, date: {signature.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
                entry += signature.Changed is { } changed ? $", changed: {YamlScalar.Write(changed, FormFieldKind.Text, inFlow: true)} }}" : " }";
                text.Append("    - ").Append(entry).Append('\n');
            }
        }
        return text.ToString();
    }

    private static string Text(string value) => YamlScalar.Write(value.Trim(), FormFieldKind.Text);

    private static string Flow(string value) => YamlScalar.Write(value.Trim(), FormFieldKind.Text, inFlow: true);

    private static string List(IEnumerable<string> ids) => "[" + string.Join(", ", ids.Select(Flow)) + "]";
}
