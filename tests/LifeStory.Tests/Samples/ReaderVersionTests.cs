using LifeStory.Cases.Loading;
using LifeStory.Cases.Model;
using LifeStory.Pipeline;
using LifeStory.Tests.Support;

namespace LifeStory.Tests.Samples;

/// <summary>One review, one version per reader: what the case hides from a reader is nowhere in that reader's copy.</summary>
public sealed class ReaderVersionTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    /// <summary>Every piece of text the sample case marks as private from birth parents.</summary>
    private static List<string> HiddenFromParents(Case model)
    {
        bool Hidden(IReadOnlyList<Audience> from) => from.Contains(Audience.Parents);
        var hidden = new List<string>();
        hidden.AddRange(model.People.Where(p => Hidden(p.HiddenFrom)).SelectMany(p => new[] { p.Name, p.KnownAs }.OfType<string>()));
        hidden.AddRange(model.Homes.Where(h => Hidden(h.HiddenFrom)).Select(h => h.Name));
        // Addresses are private from parents unless the case says otherwise.
        hidden.AddRange(model.Homes.Select(h => h.Address).OfType<PrivateText>()
            .Where(a => a.HiddenFrom.Count == 0 || Hidden(a.HiddenFrom)).Select(a => a.Text));
        hidden.AddRange(model.Schools.Where(s => Hidden(s.HiddenFrom)).Select(s => s.Name));
        hidden.AddRange(model.Story.Where(s => Hidden(s.HiddenFrom)).Select(s => s.Title));
        hidden.AddRange(model.Reviews.SelectMany(r => r.Worries).Where(w => Hidden(w.HiddenFrom)).Select(w => w.What));
        hidden.AddRange(model.Reviews.SelectMany(r => r.Decisions).Where(d => Hidden(d.HiddenFrom)).Select(d => d.What));
        return hidden;
    }

    [Theory]
    [InlineData("maisie", "2026-03-17")]
    [InlineData("maisie", "2026-09-15")]
    [InlineData("yusuf", "2026-02-18")]
    [InlineData("yusuf", "2026-08-12")]
    public void Given_details_private_from_parents_When_the_parents_copy_of_a_letter_is_made_Then_none_of_them_is_in_its_text_or_metadata(string child, string review)
    {
        var model = CaseLoader.Load(Repo.Sample(child)).Case!.Model;
        var hidden = HiddenFromParents(model);
        Assert.NotEmpty(hidden);
        using var temp = new TempFolder();

        var result = CasePipeline.Run(new RunRequest(Product.Minutes, Repo.Sample(child), Today, temp.File("parents.pdf"),
            ReviewDate: DateOnly.Parse(review, System.Globalization.CultureInfo.InvariantCulture), Reader: Audience.Parents));

        Assert.True(result.Succeeded, string.Join("\n", result.Findings));
        var text = string.Join(" ", PdfText.Pages(temp.File("parents.pdf"))).Replace('\n', ' ') + "\n" + PdfText.Metadata(temp.File("parents.pdf"));
        Assert.Contains("This is the parents' copy", text, StringComparison.Ordinal);
        Assert.All(hidden, secret => Assert.DoesNotContain(secret, text, StringComparison.Ordinal));
    }

    [Fact]
    public void Given_a_teacher_hidden_only_from_parents_When_each_copy_is_made_Then_only_the_parents_copy_leaves_her_out()
    {
        using var temp = new TempFolder();
        var copies = new Dictionary<Audience, string>();
        foreach (var reader in new[] { Audience.Child, Audience.Parents, Audience.Carers, Audience.Record })
        {
            var file = temp.File(reader + ".pdf");
            Assert.True(CasePipeline.Run(new RunRequest(Product.Minutes, Repo.Sample("maisie"), Today, file, Reader: reader)).Succeeded);
            copies[reader] = string.Join(" ", PdfText.Pages(file));
        }
        Assert.DoesNotContain("Miss Lewis", copies[Audience.Parents], StringComparison.Ordinal);
        Assert.Contains("Miss Lewis", copies[Audience.Child], StringComparison.Ordinal);
        Assert.Contains("Miss Lewis", copies[Audience.Carers], StringComparison.Ordinal);
        Assert.Contains("Miss Lewis", copies[Audience.Record], StringComparison.Ordinal);
        Assert.Contains("Maisie Rose Clarke", copies[Audience.Record], StringComparison.Ordinal);
        Assert.DoesNotContain("Maisie Rose Clarke", copies[Audience.Child], StringComparison.Ordinal);
    }
}
