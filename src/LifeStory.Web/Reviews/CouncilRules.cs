using LifeStory.Web.CouncilTemplates;

namespace LifeStory.Web.Reviews;

/// <summary>
/// The review rules in force now: those of the council's live template set (its settings/review-timescales.yaml and
/// bank-holidays.yaml), else the shipped ones. A council changes a timescale the way it changes any wording: upload
/// a set, try it, put it in use; the dashboard, the calendar and the proposed next review follow at once.
/// </summary>
public sealed class CouncilRules(LiveTemplates live)
{
    // The rules of the set last asked for: read once per switch, not per request (a set's files never change). One
    // reference, swapped whole, so a request on another thread never pairs one set's key with another's rules.
    private Known last = new(TemplatesInUse.Shipped.Key, ReviewRules.FromShippedSettings());

    private sealed record Known(string Key, ReviewRules Rules);

    public async Task<ReviewRules> CurrentAsync(CancellationToken cancel)
    {
        var templates = await live.CurrentAsync(cancel);
        var known = last;
        if (known.Key == templates.Key) return known.Rules;
        var rules = ReviewRules.From(templates.Folder);
        last = new Known(templates.Key, rules);
        return rules;
    }
}
