using LifeStory.Reviews.Timescales;
using LifeStory.Templating;

namespace LifeStory.Web.Reviews;

/// <summary>
/// The council's review timescales and bank holidays, read once from the templates' settings/ folder beside the app
/// (the same files `lifestory check` reads), so the dashboard and `check` never disagree about a deadline.
/// </summary>
public sealed record ReviewRules(ReviewTimescales Timescales, WorkingDays Days)
{
    public static ReviewRules FromShippedSettings()
    {
        var folders = TemplateFolders.For(null, null);
        return new ReviewRules(ReviewTimescales.From(folders), new WorkingDays(BankHolidays.From(folders)));
    }
}
