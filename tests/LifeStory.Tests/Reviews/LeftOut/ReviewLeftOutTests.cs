using LifeStory.Cases.Loading;
using LifeStory.Cases.Model;
using LifeStory.Reviews.LeftOut;
using LifeStory.Tests.Support;

namespace LifeStory.Tests.Reviews.LeftOut;

/// <summary>The redaction summary of one review, read from what each reader's version really leaves out.</summary>
public sealed class ReviewLeftOutTests
{
    private static Case Sample(string name) => CaseLoader.Load(Repo.Sample(name)).Case!.Model;

    private static string Lines(IReadOnlyList<ReaderLeftOut> summary) => string.Join("\n", summary.SelectMany(r =>
        r.Items.Count == 0 ? [$"{r.Reader}: nothing"] : r.Items.Select(i => $"{r.Reader}: {i.Kind}: {i.What}")));

    /// <summary>Ruby's review with the child's words kept from her birth mother and a worry kept from Ruby.</summary>
    private static readonly string RubyWithSecrets = LifeStory.Tests.Audiences.RubyCase.Yaml
        .Replace("    child_said: I like the swings.", "    child_said: { text: I like the swings at the new park., hidden_from: [parents] }", StringComparison.Ordinal)
        .Replace("        who_is_worried: [helen, sophie]", "        who_is_worried: [helen, sophie]\n      - what: Sophie missed two family times.\n        who_is_worried: [priya]\n        hidden_from: [child]", StringComparison.Ordinal);

    private static IReadOnlyList<ReaderLeftOut> Ruby(TempFolder temp, string yaml) =>
        ReviewLeftOut.For(CaseLoader.Load(LifeStory.Tests.Audiences.RubyCase.Write(temp, yaml)).Case!.Model, new DateOnly(2026, 5, 1));

    [Fact]
    public void Given_Maisies_September_review_When_summarised_Then_only_the_parents_version_names_people_another_way()
    {
        var summary = ReviewLeftOut.For(Sample("maisie"), new DateOnly(2026, 9, 15));

        Assert.Equal("""
            Child: nothing
            Carers: nothing
            Parents: Named another way: Jo Patel, shown as "Jo"
            Parents: Named another way: Sam Patel, shown as "Sam"
            Parents: Named another way: Hannah Lewis, shown as "a teacher"
            Record: nothing
            """, Lines(summary));
    }

    [Fact]
    public void Given_Yusufs_August_review_When_summarised_Then_the_parents_version_keeps_his_carers_surname_back()
    {
        var summary = ReviewLeftOut.For(Sample("yusuf"), new DateOnly(2026, 8, 12));

        Assert.Equal("""
            Child: nothing
            Carers: nothing
            Parents: Named another way: Margaret Evans, shown as "Margaret"
            Record: nothing
            """, Lines(summary));
    }

    [Fact]
    public void Given_hidden_people_left_out_When_summarised_Then_each_item_that_depends_on_them_is_named_for_each_reader()
    {
        using var temp = new TempFolder();

        var summary = Ruby(temp, RubyWithSecrets + "\nprivacy:\n  hidden_people: leave_out\n");

        Assert.Equal("""
            Child: Worry: Sophie missed two family times.
            Carers: nothing
            Parents: Who came: Helen Carter (came)
            Parents: Who came: Hannah Lewis (sent their views)
            Parents: What the child said: I like the swings at the new park.
            Parents: Who is worried: Helen Carter, in the worry "Ruby does not sleep well."
            Parents: Decision: Book a visit to the sleep clinic.
            Parents: Score: Helen Carter: 9 out of 10
            Record: nothing
            """, Lines(summary));
    }

    [Fact]
    public void Given_hidden_people_described_When_summarised_Then_the_general_words_each_version_uses_are_named()
    {
        using var temp = new TempFolder();

        var summary = Ruby(temp, RubyWithSecrets);

        Assert.Equal("""
            Child: Worry: Sophie missed two family times.
            Carers: nothing
            Parents: What the child said: I like the swings at the new park.
            Parents: Named another way: Helen Carter, shown as "a grown-up who looks after you"
            Parents: Named another way: Hannah Lewis, shown as "a teacher"
            Record: nothing
            """, Lines(summary));
    }

    [Fact]
    public void Given_a_day_with_no_review_When_summarised_Then_there_is_nothing_to_summarise()
    {
        Assert.Empty(ReviewLeftOut.For(Sample("maisie"), new DateOnly(2026, 9, 16)));
    }

    [Fact]
    public void Given_the_summary_says_a_worry_is_left_out_When_the_childs_letter_is_made_Then_the_letter_does_not_print_it()
    {
        using var temp = new TempFolder();
        var folder = LifeStory.Tests.Audiences.RubyCase.Write(temp, RubyWithSecrets);
        using var composition = LifeStory.Pipeline.CasePipeline.Compose(new LifeStory.Pipeline.RunRequest(
            LifeStory.Pipeline.Product.Minutes, folder, new DateOnly(2026, 6, 1), Reader: Audience.Child));

        Assert.Contains("Sophie missed two family times.", ReviewLeftOut.For(CaseLoader.Load(folder).Case!.Model, new DateOnly(2026, 5, 1))[0].Items.Select(i => i.What));
        Assert.DoesNotContain("family times", composition.Markdown!, StringComparison.Ordinal);
    }
}
