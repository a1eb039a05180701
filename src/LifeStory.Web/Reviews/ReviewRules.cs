using LifeStory.Reviews.Timescales;
using LifeStory.Templating;

namespace LifeStory.Web.Reviews;

/// <summary>
/// A council's review timescales and bank holidays, read from a templates' settings/ folder (the same files
/// `lifestory check` reads), so the dashboard and `check` never disagree about a deadline.
/// </summary>
public sealed record ReviewRules(ReviewTimescales Timescales, WorkingDays Days)
{
    public static ReviewRules FromShippedSettings() => From(null);

    /// <summary>The rules of a council's templates folder, each file falling back to the shipped one when the set has none.</summary>
    public static ReviewRules From(string? templatesFolder)
    {
        var folders = TemplateFolders.For(null, templatesFolder);
        return new ReviewRules(ReviewTimescales.From(folders), new WorkingDays(BankHolidays.From(folders)));
    }
}
