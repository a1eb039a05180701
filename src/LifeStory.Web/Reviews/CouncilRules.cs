using LifeStory.Web.CouncilTemplates;

namespace LifeStory.Web.Reviews;

/// <summary>
/// The review rules in force now: those of the council's live template set (its settings/review-timescales.yaml and
/// bank-holidays.yaml), else the shipped ones. A council changes a timescale the way it changes any wording: upload
/// a set, try it, put it in use; the dashboard, the calendar and the proposed next review follow at once.
/// </summary>
public sealed class CouncilRules(LiveTemplates live)
{
    // The rules of the set last asked for: read once per switch, not per request (a set's files never change).
    private (string Key, ReviewRules Rules) last = (TemplatesInUse.Shipped.Key, ReviewRules.FromShippedSettings());

    public async Task<ReviewRules> CurrentAsync(CancellationToken cancel)
    {
        var templates = await live.CurrentAsync(cancel);
        var known = last;
        if (known.Key == templates.Key) return known.Rules;
        var rules = ReviewRules.From(templates.Folder);
        last = (templates.Key, rules);
        return rules;
    }
}
