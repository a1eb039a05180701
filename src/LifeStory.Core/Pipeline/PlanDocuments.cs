using LifeStory.Languages;
using LifeStory.Cases.Model;
using LifeStory.Checking;

namespace LifeStory.Pipeline;

/// <summary>
/// What the pipeline needs to know about the two plan documents: which conference an outcome is for, and which of its
/// three documents a reader gets (the child's letter, the parents' and carers' summary, or the full minutes).
/// </summary>
public static class PlanDocuments
{
    /// <summary>The code of the error for a case with no conferences, which a batch would count as nothing to write.</summary>
    public const string NoConferences = "no-conferences";

    /// <summary>The code of the error for a case with no pathway plan.</summary>
    public const string NoPathwayPlan = "no-pathway-plan";

    /// <summary>
    /// The child gets a letter; parents and carers a one- or two-page summary that leads with what matters; the record
    /// the full minutes. Parents asked for the summary precisely because the full minutes are hard to find things in.
    /// </summary>
    public static string ConferenceTemplate(Audience reader) => reader switch
    {
        Audience.Child => "conference/letter",
        Audience.Record => "conference/minutes",
        _ => "conference/summary",
    };

    /// <summary>The document's title, in the catalogue's words: each reader of a conference has a document of their own.</summary>
    public static string ConferenceTitle(Catalogue words, Audience reader, string child, DateOnly date)
    {
        var key = reader switch
        {
            Audience.Child => "title_conference_child",
            Audience.Record => "title_conference_record",
            Audience.Carers => "title_conference_carers",
            _ => "title_conference_parents",
        };
        return words.Say(key, new Dictionary<string, object?> { ["name"] = child, ["date"] = words.Date(date) });
    }

    /// <summary>The conference on the date asked for, or the latest; a finding that says which dates there are when none matches.</summary>
    internal static Conference? ChooseConference(Case model, DateOnly? date, List<Finding> findings, SourceLocation? conferencesAt)
    {
        var conferences = model.Conferences.OrderBy(c => c.Date).ToList();
        if (conferences.Count == 0)
        {
            findings.Add(new Finding(Severity.Error, NoConferences, new SourceLocation("case.yaml", 1, 1), "conferences",
                "This case has no child protection conferences, so there is no outcome to write.",
                "Add a conference under conferences: in case.yaml (date:, category:, worries:, plan:, core_groups:)."));
            return null;
        }
        if (date is null) return conferences[^1];
        var match = conferences.FirstOrDefault(c => c.Date == date);
        if (match is null)
            findings.Add(new Finding(Severity.Error, "no-conference", conferencesAt ?? new SourceLocation("case.yaml", 1, 1), "conferences",
                $"There is no conference on {date:yyyy-MM-dd}.",
                $"Use one of: {string.Join(", ", conferences.Select(c => c.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)))}."));
        return match;
    }
}
