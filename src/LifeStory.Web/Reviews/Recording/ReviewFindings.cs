using System.Text.RegularExpressions;
using LifeStory.Checking;

namespace LifeStory.Web.Reviews.Recording;

/// <summary>
/// Puts each finding of `lifestory check` beside the box it is about. A finding's field is a path in case.yaml
/// (reviews[3].worries[0].safety_goal); the box is the row of the form that was written there, found through the
/// form's own order because blank rows are never written.
/// </summary>
public sealed partial class ReviewFindings
{
    private readonly Dictionary<string, List<Finding>> byBox = new(StringComparer.Ordinal);

    /// <param name="kind">A review (the default) or a conference: where in case.yaml the meeting is, and its fields' names.</param>
    public ReviewFindings(IEnumerable<Finding> findings, ReviewForm form, int reviewIndex, Meetings.MeetingKind? kind = null)
    {
        kind ??= Meetings.MeetingKind.Review;
        var prefix = $"{kind.List}[{reviewIndex}]";
        var worries = Filled(form.Worries, w => !w.IsBlank());
        var decisions = Filled(form.Decisions, d => !d.IsBlank());
        var scores = Filled(form.Scores, s => s.Score.Trim().Length > 0);
        foreach (var finding in findings)
        {
            string box;
            if (finding.Field == WordingChecker.LetterField) box = LetterBox;
            else if (finding.Field == prefix || finding.Field == prefix + ".date") box = ReviewBox;
            else if (finding.Field.StartsWith(prefix + ".", StringComparison.Ordinal))
                box = BoxFor(Shared(finding.Field[(prefix.Length + 1)..], kind), worries, decisions, scores) ?? ReviewBox;
            // Elsewhere, only what stops a save is worth the IRO's attention here: the rest is the social worker's.
            else if (finding.IsError) box = ElsewhereBox;
            else continue;
            if (!byBox.TryGetValue(box, out var list)) byBox[box] = list = [];
            list.Add(finding);
        }
    }

    /// <summary>Findings about the whole review (its date, an empty "What you told me").</summary>
    public const string ReviewBox = "review-whole";

    /// <summary>Findings about the letter as written (reading level, jargon in the template's own words).</summary>
    public const string LetterBox = "review-letter";

    /// <summary>Errors elsewhere in the case, which stop a save too.</summary>
    public const string ElsewhereBox = "review-elsewhere";

    public IReadOnlyList<Finding> At(string box) => byBox.TryGetValue(box, out var list) ? list : [];

    public bool HasErrors => byBox.Values.Any(list => list.Any(f => f.IsError));

    public IEnumerable<string> Boxes => byBox.Keys;

    /// <summary>A conference's field by the name a review gives it (chair → iro, plan → decisions), so both share the boxes.</summary>
    private static string Shared(string field, Meetings.MeetingKind kind)
    {
        foreach (var (own, review) in new[] { (kind.ChairKey, "iro"), (kind.StepsKey, "decisions"), (kind.NextKey, "next_review") })
            if (field == own || field.StartsWith(own + "[", StringComparison.Ordinal) || field.StartsWith(own + ".", StringComparison.Ordinal))
                return review + field[own.Length..];
        return field;
    }

    private static string? BoxFor(string field, IReadOnlyList<int> worries, IReadOnlyList<int> decisions, IReadOnlyList<int> scores)
    {
        var m = Path().Match(field);
        if (!m.Success) return null;
        var (name, index, rest) = (m.Groups["name"].Value, m.Groups["i"].Success ? int.Parse(m.Groups["i"].Value, System.Globalization.CultureInfo.InvariantCulture) : -1, m.Groups["rest"].Value);
        int? Row(IReadOnlyList<int> rows) => index >= 0 && index < rows.Count ? rows[index] : null;
        return name switch
        {
            "iro" => "review-iro",
            "people" => "review-people",
            "child_said" => "review-child-said",
            "views_gathered" => "review-views-gathered",
            "going_well" => "review-going-well",
            "scale_question" => "review-scale-question",
            "scale_zero" => "review-scale-zero",
            "scale_ten" => "review-scale-ten",
            "next_review" => "review-next-review",
            "signed" => "review-changed",
            "worries" when Row(worries) is { } row => rest switch
            {
                "what_could_happen" => $"review-worries-{row}-could-happen",
                "safety_goal" => $"review-worries-{row}-goal",
                "who_is_worried" => $"review-worries-{row}-who",
                _ => $"review-worries-{row}-what",
            },
            "decisions" when Row(decisions) is { } row => rest switch
            {
                "who" => $"review-decisions-{row}-who",
                "by" => $"review-decisions-{row}-by",
                _ => $"review-decisions-{row}-what",
            },
            "scale" when Row(scores) is { } row => $"review-scores-{row}",
            _ => null,
        };
    }

    private static List<int> Filled<T>(IReadOnlyList<T> rows, Func<T, bool> filled) =>
        rows.Select((row, i) => (row, i)).Where(x => filled(x.row)).Select(x => x.i).ToList();

    [GeneratedRegex(@"^(?<name>[a-z_]+)(\[(?<i>\d+)\])?(\.(?<rest>[a-z_]+))?", RegexOptions.CultureInvariant)]
    private static partial Regex Path();
}
