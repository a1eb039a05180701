using LifeStory.Cases.Loading;
using LifeStory.Cases.Model;
using LifeStory.Checking;
using LifeStory.Pipeline;
using LifeStory.Tests.Support;

namespace LifeStory.Tests.Plans;

/// <summary>
/// A child protection conference's outcome for Mia (a test case on a plan for neglect): the letter to her, the short
/// summary for her parents and carers, and the full minutes, each as approved; what each reader may see; the draft mark;
/// and the checks on the parents' summary (two pages, reading age 12).
/// </summary>
public sealed class ConferenceOutcomeTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static string Mia => Path.Combine(Repo.Root, "tests", "LifeStory.Tests", "Cases", "Fixtures", "mia");

    private static string Markdown(string folder, Audience reader, DateOnly? date = null)
    {
        using var composition = CasePipeline.Compose(new RunRequest(Product.Conference, folder, Today, Reader: reader) { ConferenceDate = date });
        Assert.DoesNotContain(composition.Findings, f => f.IsError);
        return MarkdownWords.Of(composition.Markdown!);
    }

    private static string Edited(TempFolder temp, Func<string, string> edit)
    {
        var folder = temp.CopyOf(Mia);
        var yaml = Path.Combine(folder, "case.yaml");
        File.WriteAllText(yaml, edit(File.ReadAllText(yaml)));
        return folder;
    }

    [Fact]
    public void Given_a_conference_that_has_not_heard_the_child_yet_When_the_letter_is_made_Then_it_has_no_empty_What_you_told_us()
    {
        using var temp = new TempFolder();
        var unheard = Edited(temp, yaml => yaml
            .Replace("    views_gathered: Amy talked with you at school the week before the meeting.\n", "", StringComparison.Ordinal)
            .Replace("    child_said: I like it when Mum makes pancakes. I don't like it when there is no food.\n", "", StringComparison.Ordinal));

        Assert.Contains("What you told us", Markdown(Mia, Audience.Child), StringComparison.Ordinal);
        var letter = Markdown(unheard, Audience.Child);
        Assert.DoesNotContain("What you told us", letter, StringComparison.Ordinal);
        Assert.Contains("What we are worried about", letter, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_child_on_a_plan_When_every_reader_s_version_is_made_Then_each_reads_as_approved()
    {
        var parts = new[] { Audience.Child, Audience.Parents, Audience.Carers, Audience.Record }
            .Select(reader => $"=== conference ({reader.ToString().ToLowerInvariant()})\n" + Markdown(Mia, reader));

        Golden.Text("mia", string.Join("\n", parts));
    }

    [Fact]
    public void Given_a_signed_conference_When_each_version_is_drawn_Then_its_pages_read_as_approved()
    {
        using var temp = new TempFolder();
        var parts = new List<string>();
        foreach (var reader in new[] { Audience.Child, Audience.Parents, Audience.Record })
        {
            var pdf = temp.File($"{reader}.pdf");
            var result = CasePipeline.Run(new RunRequest(Product.Conference, Mia, Today, pdf, Reader: reader));
            Assert.True(result.Succeeded, string.Join("\n", result.Findings));
            Assert.False(result.Draft);
            var pages = PdfText.Pages(pdf);
            parts.Add($"=== {reader.ToString().ToLowerInvariant()}\n" + PdfText.Metadata(pdf) + "\n"
                + string.Join("\n", pages.Select((page, i) => $"--- page {i + 1} of {pages.Count} ---\n{page}")));
        }

        Golden.Text("mia.pdf", string.Join("\n", parts));
    }

    [Fact]
    public void Given_a_danger_statement_hidden_from_the_child_When_the_versions_are_made_Then_only_her_letter_leaves_it_out()
    {
        const string hidden = "when Chelsea had been drinking";

        Assert.DoesNotContain(hidden, Markdown(Mia, Audience.Child), StringComparison.Ordinal);
        Assert.Contains(hidden, Markdown(Mia, Audience.Parents), StringComparison.Ordinal);
        Assert.Contains(hidden, Markdown(Mia, Audience.Record), StringComparison.Ordinal);
        using var temp = new TempFolder();
        var result = CasePipeline.Run(new RunRequest(Product.Conference, Mia, Today, temp.File("mia.md"), Format: OutputFormat.Markdown));
        Assert.Equal("1 danger statement left out", result.Redaction.Describe(withNames: true));
    }

    [Fact]
    public void Given_the_chair_s_full_minutes_When_the_versions_are_made_Then_only_the_record_prints_them()
    {
        const string minutes = "attendance is 81% this school year";

        Assert.Contains(minutes, Markdown(Mia, Audience.Record), StringComparison.Ordinal);
        foreach (var reader in new[] { Audience.Child, Audience.Parents, Audience.Carers })
            Assert.DoesNotContain(minutes, Markdown(Mia, reader), StringComparison.Ordinal);
    }

    [Fact]
    public void Given_the_parents_summary_When_it_is_made_Then_it_leads_with_the_decision_and_worries_and_ends_with_the_dates_to_keep()
    {
        var summary = Markdown(Mia, Audience.Parents);

        var order = new[] { "Mia now has a child protection plan.", "## What we are worried about", "## What must be true instead",
            "## What must change, and by when", "## Dates to keep" }.Select(s => summary.IndexOf(s, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, order);
        Assert.Equal(order.Order().ToList(), order);
        Assert.Contains("meets on 4 November 2026 and 9 December 2026", summary, StringComparison.Ordinal);
        Assert.Contains("The next conference is on 13 January 2027.", summary, StringComparison.Ordinal);
        // The summary names the chair where the letter and the record, in her voice, say "Me".
        Assert.Contains("| Helen Price | January 2027 |", summary, StringComparison.Ordinal);
        Assert.Contains("| Me | January 2027 |", Markdown(Mia, Audience.Record), StringComparison.Ordinal);
        using var laidOut = CasePipeline.Compose(new RunRequest(Product.Conference, Mia, Today, Reader: Audience.Parents));
        Assert.InRange(laidOut.Pages!.Pages.Count, 1, ConferenceSummaryChecks.MostPages);
    }

    [Fact]
    public void Given_a_conference_the_chair_has_not_signed_When_it_is_made_Then_every_version_is_a_draft()
    {
        using var temp = new TempFolder();
        var folder = Edited(temp, yaml => yaml.Replace("    signed:\n      - { by: helen, date: 2026-10-16 }\n", "", StringComparison.Ordinal));

        foreach (var reader in new[] { Audience.Child, Audience.Parents, Audience.Record })
        {
            var result = CasePipeline.Run(new RunRequest(Product.Conference, folder, Today, temp.File($"{reader}.pdf"), Reader: reader));
            Assert.True(result.Succeeded, string.Join("\n", result.Findings));
            Assert.True(result.Draft);
            Assert.Contains(CasePipeline.UnsignedWords, string.Join("\n", PdfText.Pages(temp.File($"{reader}.pdf"))), StringComparison.Ordinal);
        }
        Assert.Contains("Not yet signed by the chair", Markdown(folder, Audience.Record), StringComparison.Ordinal);
    }

    [Fact]
    public void Given_two_conferences_When_a_date_is_asked_for_Then_that_one_is_written_and_a_date_with_none_lists_the_dates()
    {
        using var temp = new TempFolder();
        var folder = Edited(temp, yaml => yaml.Replace("book:\n", """
              - date: 2026-11-20
                kind: review
                chair: helen
                worries:
                  - what: Mia still sometimes misses school on Mondays.
                    safety_goal: Mia gets to school on time every day.
            book:

            """, StringComparison.Ordinal));

        Assert.Contains("On 20 November 2026 I ran a meeting about you.", Markdown(folder, Audience.Child), StringComparison.Ordinal);
        Assert.Contains("On 14 October 2026 I ran a meeting about you.", Markdown(folder, Audience.Child, new DateOnly(2026, 10, 14)), StringComparison.Ordinal);
        using var missing = CasePipeline.Compose(new RunRequest(Product.Conference, folder, Today) { ConferenceDate = new DateOnly(2026, 9, 1) });
        var error = Assert.Single(missing.Findings, f => f.IsError);
        Assert.Equal("no-conference", error.Code);
        Assert.Equal("Use one of: 2026-10-14, 2026-11-20.", error.Fix);
        Assert.NotNull(error.Location);
    }

    [Fact]
    public void Given_a_case_with_no_conferences_When_an_outcome_is_asked_for_Then_it_says_there_is_nothing_to_write()
    {
        using var composition = CasePipeline.Compose(new RunRequest(Product.Conference, Repo.Sample("maisie"), Today));

        var error = Assert.Single(composition.Findings, f => f.IsError);
        Assert.Equal(PlanDocuments.NoConferences, error.Code);
        Assert.Null(composition.Pages);
    }

    [Fact]
    public void Given_Mia_s_case_When_checked_Then_her_parents_summary_is_short_and_plain_enough_and_her_letter_has_one_long_sentence_from_a_worry()
    {
        var findings = EveryCheck.Run(CaseLoader.Load(Mia), Today, null);

        Assert.DoesNotContain(findings, f => f.IsError);
        Assert.DoesNotContain(findings, f => f.Code == ConferenceSummaryChecks.TooLongCode);
        // The letter's own words (the template's) are plain enough for a 7-year-old; one worry, written in the case, is a word long.
        var letter = Assert.Single(findings, f => f.Code is WordingChecker.ReadingLevelCode or WordingChecker.JargonCode && f.Field.StartsWith("conferences", StringComparison.Ordinal));
        Assert.Equal("conferences[0].worries[0].what", letter.Field);
        Assert.Equal("In the letter about the conference on 2026-10-14, \"Sometimes there is not enough food…\" may be hard for Mia, aged 7: a sentence of 16 words, where 15 or fewer is easier.", letter.Message);
    }

    [Fact]
    public void Given_a_plan_with_many_long_steps_When_checked_Then_it_warns_the_parents_summary_passes_two_pages()
    {
        using var temp = new TempFolder();
        const string step = """
                  - what: Make sure that Mia and Riley have a warm breakfast, a packed lunch and a cooked tea every single day, with fruit, and write down what they ate so that the core group can see it.
                    who: chelsea
                    by: 2026-12

            """;
        var folder = Edited(temp, yaml => yaml.Replace("    plan:\n", "    plan:\n" + string.Concat(Enumerable.Repeat(step, 30)), StringComparison.Ordinal));

        var findings = EveryCheck.Run(CaseLoader.Load(folder), Today, null);

        var finding = Assert.Single(findings, f => f.Code == ConferenceSummaryChecks.TooLongCode);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("conferences[0]", finding.Field);
        Assert.Matches(@"runs to \d+ pages; one or two pages", finding.Message);
        Assert.NotNull(finding.Location);
    }

    [Fact]
    public void Given_danger_statements_in_long_words_When_checked_Then_it_warns_the_parents_summary_reads_above_a_reading_age_of_12()
    {
        using var temp = new TempFolder();
        // Every worry, goal and step as the professional record might word it.
        var folder = Edited(temp, yaml => System.Text.RegularExpressions.Regex.Replace(yaml,
            @"(?m)^(\s+(- what|what_could_happen|safety_goal)): .*$",
            "$1: Inconsistent nutritional provision and educational nonattendance necessitate considerable multiagency monitoring regarding developmental vulnerability."));

        var findings = EveryCheck.Run(CaseLoader.Load(folder), Today, null);

        var finding = Assert.Single(findings, f => f.Code == WordingChecker.ReadingLevelCode && f.Field == "conferences[0]" && f.Message.StartsWith("The parents' summary", StringComparison.Ordinal));
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Matches(@"reads at a reading age of \d+\.\d; 12 or below is the aim", finding.Message);
    }
}
