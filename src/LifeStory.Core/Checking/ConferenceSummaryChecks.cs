using System.Globalization;
using LifeStory.Cases.Model;
using LifeStory.Pipeline;
using LifeStory.Wording;

namespace LifeStory.Checking;

/// <summary>
/// The parents' summary of the latest conference is what inspectors found missing: something a parent can follow. It is
/// made here as it will be printed, and a warning says when it passes two pages or reads above a reading age of 12.
/// </summary>
internal static class ConferenceSummaryChecks
{
    public const string TooLongCode = "summary-too-long";

    /// <summary>One or two pages: more, and parents cannot pick out what matters (the inspection's words).</summary>
    public const int MostPages = 2;

    /// <summary>Plain-language guidance for public letters aims at a reading age of 9 to 12; 12 is the most a summary may ask.</summary>
    public const double HighestReadingAge = 12;

    public static void Run(CheckContext context, string? templatesFolder)
    {
        var latest = context.Case.Conferences.OrderBy(c => c.Date).Last();
        var path = $"conferences[{context.Case.Conferences.ToList().IndexOf(latest)}]";
        using var summary = CasePipeline.Compose(new RunRequest(Product.Conference, context.Loaded.Folder, context.Today,
            TemplatesFolder: templatesFolder, Reader: Audience.Parents) { ConferenceDate = latest.Date });
        // A summary that cannot be made is already reported by the other checks; there is nothing to measure.
        if (summary.Markdown is null || summary.Pages is null) return;
        var day = latest.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var pages = summary.Pages.Pages.Count;
        if (pages > MostPages)
            context.Warning(TooLongCode, path,
                $"The parents' summary of the conference on {day} runs to {pages} pages; one or two pages is what parents can follow.",
                "Shorten what_could_happen and the plan's steps to a sentence each, or move detail into minutes: (the full record keeps it).");
        var names = ReadingLevelChecks.Names(context.Case);
        var measure = LetterText.Paragraphs(summary.Markdown).Where(p => p.Prose)
            .Select(p => ParagraphReading.Of(p.Text, names).Measure)
            .Aggregate(new TextMeasure(0, 0, 0, 0), (a, b) => a + b);
        if (measure.Words > 0 && measure.ReadingAge > HighestReadingAge)
            context.Warning(WordingChecker.ReadingLevelCode, path, string.Create(CultureInfo.InvariantCulture,
                $"The parents' summary of the conference on {day} reads at a reading age of {measure.ReadingAge:0.0}; {HighestReadingAge:0} or below is the aim."),
                "Use shorter sentences and everyday words in the worries, safety goals and plan steps.");
    }
}
