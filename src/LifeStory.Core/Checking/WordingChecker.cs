using LifeStory.Cases.Loading;
using LifeStory.Pipeline;
using LifeStory.Templating;
using LifeStory.Wording;

namespace LifeStory.Checking;

/// <summary>
/// Checks the words a child will read: jargon in the case and the letter, and how hard each paragraph of the
/// letter is. Only `check` runs these, never the pipeline that makes the book and letter: they are advice for
/// the writer, and an output should not fail because a formula thinks a sentence is long.
/// </summary>
public static class WordingChecker
{
    public const string JargonCode = "jargon";
    public const string ReadingLevelCode = "reading-level";

    /// <summary>A note: a term that is right at the child's age, with the glossary's explanation of it.</summary>
    public const string ExplainedTermCode = "explained-term";

    /// <summary>The field findings about the rendered letter carry: they have no line in case.yaml.</summary>
    public const string LetterField = "letter";

    /// <param name="templatesFolder">The --templates folder, if any: used for the letter and for extra words/jargon.yaml.</param>
    public static IReadOnlyList<Finding> Check(LoadedCase loaded, DateOnly today, string? templatesFolder = null)
    {
        var context = new CheckContext(loaded, today);
        var folders = TemplateFolders.For(loaded.Folder, templatesFolder);
        var words = new JargonRules(JargonDictionary.From(folders), Glossary.From(folders), Ages.YearsOld(loaded.Model.Child.DateOfBirth, today));
        JargonChecks.Run(context, words);
        VoiceChecks.Run(context);
        ReviewLetterChecks.Run(context);
        PathwayPlanChecks.Run(context);
        if (loaded.Model.Conferences.Count > 0)
        {
            ConferenceSummaryChecks.Run(context, templatesFolder);
            ConferenceLetterChecks.Run(context, words, templatesFolder);
        }
        if (loaded.Model.Reviews.Count > 0)
        {
            using var letter = CasePipeline.Compose(new RunRequest(Product.Minutes, loaded.Folder, today, TemplatesFolder: templatesFolder));
            // A letter that cannot be made is already reported by the other checks; there is nothing to read.
            if (letter.Markdown is { } markdown)
            {
                var paragraphs = LetterText.Paragraphs(markdown);
                JargonChecks.Letter(context, words, paragraphs);
                ReadingLevelChecks.Run(context, paragraphs);
            }
            // A parent who needs easy read gets their own letter, measured against its own, lower aim.
            if (EasyReadRequest.Wanted(loaded.Model))
            {
                using var easy = CasePipeline.Compose(new RunRequest(Product.Minutes, loaded.Folder, today, TemplatesFolder: templatesFolder,
                    Reader: LifeStory.Cases.Model.Audience.Parents) { EasyRead = true });
                if (easy.Markdown is { } easyMarkdown)
                {
                    // Jargon is already reported from the case's text and the child's letter: only the aim differs here.
                    ReadingLevelChecks.Run(context, LetterText.Paragraphs(easyMarkdown), ReadingLevelChecks.EasyRead);
                }
            }
        }
        return context.Findings;
    }

    /// <summary>--strict: the writer has asked for jargon and hard paragraphs to stop the check, as errors.</summary>
    public static IReadOnlyList<Finding> Strict(IEnumerable<Finding> findings) =>
        findings.Select(f => f.Code is JargonCode or ReadingLevelCode && f.Severity == Severity.Warning ? f with { Severity = Severity.Error } : f).ToList();
}
