using LifeStory.Cases.Model;
using LifeStory.Pipeline;
using LifeStory.Tests.Support;

namespace LifeStory.Tests.Languages;

/// <summary>
/// The child protection conference's letter and summary and the pathway plan in another language: every fixed word
/// from the catalogue (none left as a [key] or in English), the case's own words as written, each reader's version.
/// </summary>
public sealed class PlanLanguageTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static string Mia => Path.Combine(Repo.Root, "tests", "LifeStory.Tests", "Cases", "Fixtures", "mia");

    [Theory]
    [InlineData("conference", "mia", "ar", Audience.Child)]
    [InlineData("conference", "mia", "pl", Audience.Child)]
    [InlineData("conference", "mia", "ar", Audience.Parents)]
    [InlineData("conference", "mia", "pl", Audience.Carers)]
    [InlineData("conference", "mia", "ar", Audience.Record)]
    [InlineData("pathway", "yusuf", "ar", Audience.Child)]
    [InlineData("pathway", "yusuf", "pl", Audience.Record)]
    public void Given_a_language_When_a_conference_outcome_or_pathway_plan_is_made_Then_its_Markdown_reads_as_approved(
        string product, string child, string language, Audience reader)
    {
        var folder = child == "mia" ? Mia : Repo.Sample(child);
        var what = product == "conference" ? Product.Conference : Product.PathwayPlan;

        using var composition = CasePipeline.Compose(new RunRequest(what, folder, Today, Reader: reader) { Language = language });

        Assert.False(composition.Findings.Any(f => f.IsError), string.Join("\n", composition.Findings));
        Assert.Equal(language, composition.Pages!.Info.Language);
        // A key a catalogue lacks prints as [key]; English is only the fallback for a council's own unfinished catalogue.
        Assert.DoesNotMatch(@"\[(conf|plan)_[a-z_]+\]", composition.Markdown!);
        Golden.Text($"{product}.{child}.{language}.{reader.ToString().ToLowerInvariant()}", composition.Markdown!);
    }
}
