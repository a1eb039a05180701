using System.Globalization;
using LifeStory.Cases.Model;
using LifeStory.Pipeline;
using LifeStory.Wording;

namespace LifeStory.Checking;

/// <summary>
/// The child's letter after the latest conference gets the plain-words checks the review letter gets: jargon, and how
/// hard each paragraph is for the child at their age. Unlike the review letter's findings (which point at the letter
/// as a whole), each one points at the line in case.yaml its words came from (a worry's what:, a step of the plan),
/// or at the conference's own "- date:" line for the template's words, so the writer can go straight to it.
/// The child's own words (child_said) are quoted, not judged: they are theirs, as the case text checks treat them.
/// </summary>
internal static class ConferenceLetterChecks
{
    public static void Run(CheckContext context, JargonRules words, string? templatesFolder)
    {
        var conferences = context.Case.Conferences.ToList();
        var latest = conferences.OrderBy(c => c.Date).Last();
        var path = $"conferences[{conferences.IndexOf(latest)}]";
        using var letter = CasePipeline.Compose(new RunRequest(Product.Conference, context.Loaded.Folder, context.Today,
            TemplatesFolder: templatesFolder, Reader: Audience.Child) { ConferenceDate = latest.Date });
        // A letter that cannot be made is already reported by the other checks; there is nothing to read.
        if (letter.Markdown is not { } markdown) return;
        var sources = new List<(string Text, string Field)>();
        // Three words or more: an id or a one-word answer ("helen", "neglect") says nothing about where a sentence came from.
        CaseText.Walk(latest, path, (text, field) =>
        {
            if (Comparable(text).Split(' ').Length >= 3) sources.Add((Comparable(text), field));
        });
        string Source(string paragraph)
        {
            var plain = Comparable(paragraph);
            return sources.Where(s => s.Text.Length > 0 && plain.Contains(s.Text, StringComparison.OrdinalIgnoreCase))
                .OrderByDescending(s => s.Text.Length).Select(s => s.Field).FirstOrDefault() ?? path;
        }
        SourceLocation? Where(string field) => context.Locate(field) ?? context.Locate(path);

        var judged = new List<LetterParagraph>();
        foreach (var paragraph in LetterText.Paragraphs(markdown))
        {
            var field = Source(paragraph.Text);
            if (JargonChecks.ChildsOwnWords().IsMatch(field)) continue;
            judged.Add(paragraph);
            // A worry's words in the letter are the worry's own: found there already, the finding is said once.
            foreach (var finding in words.Find(paragraph.Text, field, Where(field), inLetter: true))
                if (!context.Findings.Contains(finding)) context.Add(finding);
        }
        var day = latest.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var age = Ages.YearsOld(context.Case.Child.DateOfBirth, context.Today);
        var aim = ReadingLevelChecks.ForChild(context.Case.Child.PreferredName, age) with { Letter = $"the letter about the conference on {day}" };
        ReadingLevelChecks.Run(context, judged, aim, text => (Source(text), Where(Source(text))));
    }

    /// <summary>The words without Markdown's marks, spacing or the full stop a template adds: "Mia is late" matches "Mia is late.".</summary>
    private static string Comparable(string text) =>
        string.Join(' ', text.Replace("\\", "", StringComparison.Ordinal).Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)).TrimEnd('.', '!', '?');
}
