using LifeStory.Cases.Editing;
using LifeStory.Cases.Model;

namespace LifeStory.Web.Reviews.Recording;

/// <summary>
/// What a child protection conference records beyond the parts it shares with a review: whether it is the first
/// (initial) or a later (review) conference, the category of the plan, the core group dates and the chair's full
/// minutes for the record. Kept as typed, like <see cref="ReviewForm"/>, so a date of "next week" reaches the loader
/// and the page shows the CLI's own message for it.
/// </summary>
public sealed class ConferenceFields
{
    /// <summary>initial or review.</summary>
    public string Kind { get; set => field = value ?? ""; } = "initial";

    /// <summary>neglect, physical_abuse, emotional_abuse, sexual_abuse, or "" when the conference decided on no plan.</summary>
    public string Category { get; set => field = value ?? ""; } = "";

    /// <summary>The core group meetings, one day on each line.</summary>
    public string CoreGroups { get; set => field = value ?? ""; } = "";

    /// <summary>The full minutes in Markdown: printed in the record version only.</summary>
    public string Minutes { get; set => field = value ?? ""; } = "";

    public static ConferenceFields For(Conference? conference) => conference is null ? new() : new()
    {
        Kind = ReviewYaml.Snake(conference.Kind),
        Category = conference.Category is { } category ? ReviewYaml.Snake(category) : "",
        CoreGroups = string.Join("\n", conference.CoreGroups.Select(d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))),
        Minutes = conference.Minutes ?? "",
    };

    /// <summary>The first review conference is within 3 months of the first one, later ones within 6 (Working Together).</summary>
    public static DateOnly ProposedReview(DateOnly day, string kind) => day.AddMonths(kind == "review" ? 6 : 3);

    /// <summary>The conference's own lines: kind and category after its date, the core groups and minutes after its plan.</summary>
    /// <param name="key">The indent of the conference's keys.</param>
    public MeetingLines Lines(string key)
    {
        string Choice(string value) => YamlScalar.Write(value.Trim(), FormFieldKind.Choice);
        var head = $"{key}kind: {Choice(Kind.Trim().Length == 0 ? "initial" : Kind)}\n"
            + (Category.Trim().Length > 0 ? $"{key}category: {Choice(Category)}\n" : "");
        var days = CoreGroups.ReplaceLineEndings("\n").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var tail = days.Count == 0 ? "" : $"{key}core_groups:\n" + string.Concat(days.Select(d => $"{key}  - {YamlScalar.Write(d, FormFieldKind.Date)}\n"));
        if (Minutes.Trim().Length > 0) tail += $"{key}minutes: {YamlScalar.Write(Minutes.Trim(), FormFieldKind.Text)}\n";
        return new MeetingLines(head, tail);
    }
}
