using LifeStory.Cases.Model;
using LifeStory.Documents.Themes;
using LifeStory.Pipeline;
using LifeStory.Tests.Support;
using UglyToad.PdfPig;

namespace LifeStory.Tests.Plans;

/// <summary>
/// A child protection conference's outcome in easy read, for a parent who needs it: the parents' summary one idea a
/// line with a picture beside each point, in 14 pt or larger, greeting the parent, in English or their language.
/// </summary>
public sealed class ConferenceEasyReadTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static string Mia => Path.Combine(Repo.Root, "tests", "LifeStory.Tests", "Cases", "Fixtures", "mia");

    /// <summary>A copy of Mia's case with her mum marked as needing easy read.</summary>
    private static string WithMumMarked(TempFolder temp)
    {
        var folder = temp.CopyOf(Mia);
        var yaml = Path.Combine(folder, "case.yaml");
        var text = File.ReadAllText(yaml);
        const string At = "    known_as: Mum\n";
        Assert.Contains(At, text, StringComparison.Ordinal);
        File.WriteAllText(yaml, text.Replace(At, At + "    needs: [easy_read]\n", StringComparison.Ordinal));
        return folder;
    }

    private static RunRequest EasyRead(string folder, string? output = null, string? language = null) =>
        new(Product.Conference, folder, Today, output, Reader: Audience.Parents) { EasyRead = true, Language = language };

    [Theory]
    [InlineData(null)]
    [InlineData("ar")]
    [InlineData("pl")]
    public void Given_a_mum_who_needs_easy_read_When_the_outcome_is_made_Then_it_greets_her_and_reads_as_approved(string? language)
    {
        using var temp = new TempFolder();
        var folder = WithMumMarked(temp);

        using var composition = CasePipeline.Compose(EasyRead(folder, language: language));

        Assert.False(composition.Findings.Any(f => f.IsError), string.Join("\n", composition.Findings));
        Assert.DoesNotMatch(@"\[[a-z_]+\]", composition.Markdown!);
        // Every point has its picture: the summary's worries, steps and dates each start a `::: point` block.
        Assert.True(composition.Markdown!.Split("::: point ").Length > 10);
        Golden.Text($"mia.{language ?? "en"}", composition.Markdown);
    }

    [Fact]
    public void Given_the_easy_read_outcome_When_printed_Then_no_letter_is_under_14_point_and_the_file_says_easy_read()
    {
        using var temp = new TempFolder();
        var folder = WithMumMarked(temp);

        var result = CasePipeline.Run(EasyRead(folder));

        Assert.True(result.Succeeded, string.Join("\n", result.Findings));
        Assert.EndsWith("conference-2026-10-14-for-parents-easy-read.pdf", result.OutputPath, StringComparison.Ordinal);
        using var document = PdfDocument.Open(result.OutputPath!);
        var letters = document.GetPages().SelectMany(p => p.Letters).Where(l => l.Value.Length == 1 && char.IsLetter(l.Value[0])).ToList();
        var smallest = letters.MinBy(l => l.PointSize)!;
        Assert.True(smallest.PointSize >= Theme.EasyReadSmallestSize - 0.01, $"'{smallest.Value}' at {smallest.PointSize:0.0} pt");
        Assert.Contains("Hello Chelsea,", string.Join("\n", PdfText.Pages(result.OutputPath!)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Audience.Child)]
    [InlineData(Audience.Record)]
    public void Given_easy_read_asked_for_another_reader_of_a_conference_Then_it_is_refused_saying_how_to_ask(Audience reader)
    {
        var refused = Assert.Throws<ArgumentException>(() => CasePipeline.Compose(EasyRead(Mia) with { Reader = reader }));
        Assert.Contains("conference --for parents --easy-read", refused.Message, StringComparison.Ordinal);
    }
}
