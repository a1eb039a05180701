using LifeStory.Cases.Model;
using LifeStory.Pipeline;
using LifeStory.Tests.Support;

namespace LifeStory.Tests.Cases;

/// <summary>
/// Cases nobody tuned the templates to (see Fixtures/README.md): every product and every reader's version, as the
/// Markdown the templates write, against approved files; and the facts a social worker would check first.
/// </summary>
public sealed class CaseFixtureTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static string Folder(string name) => Path.Combine(Repo.Root, "tests", "LifeStory.Tests", "Cases", "Fixtures", name);

    private static string? Markdown(string name, Product product, Audience reader = Audience.Child)
    {
        using var temp = new TempFolder();
        using var composition = CasePipeline.Compose(new RunRequest(product, temp.CopyOf(Folder(name)), Today, Reader: reader));
        Assert.DoesNotContain(composition.Findings, f => f.IsError && f.Code != "no-later-life-letter");
        return composition.Markdown is null ? null : MarkdownWords.Of(composition.Markdown);
    }

    [Theory]
    [InlineData("poppy")]
    [InlineData("kacper")]
    [InlineData("jordan")]
    public void Given_a_test_case_When_every_product_is_made_for_every_reader_Then_each_reads_as_approved(string name)
    {
        var parts = new List<string> { "=== book (child)\n" + Markdown(name, Product.Book) };
        foreach (var reader in new[] { Audience.Child, Audience.Parents, Audience.Carers, Audience.Record })
            parts.Add($"=== review letter ({reader.ToString().ToLowerInvariant()})\n" + Markdown(name, Product.Minutes, reader));
        if (Markdown(name, Product.LaterLifeLetter) is { } letter) parts.Add("=== later-life letter\n" + letter);

        Golden.Text(name, string.Join("\n", parts));
    }

    [Fact]
    public void Given_a_sister_born_after_the_birth_family_home_ended_When_the_book_is_made_Then_she_is_not_listed_as_living_there()
    {
        var book = Markdown("poppy", Product.Book)!;

        Assert.Contains("You lived with Mummy Gemma and Alfie Price.", book, StringComparison.Ordinal);
        Assert.Contains("You live with Claire Hughes, Ben Hughes and Alfie Price.", book, StringComparison.Ordinal);
        Assert.Contains("- Your family: Claire Hughes (mummy)", book, StringComparison.Ordinal);
        Assert.DoesNotContain("Looking after you", book, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_children_home_and_a_mother_who_died_When_the_book_is_made_Then_staff_look_after_him_and_she_is_spoken_of_with_care()
    {
        var book = Markdown("kacper", Product.Book)!;

        Assert.Contains("The grown-ups who look after you there are Dave Okafor and Lisa Grant.", book, StringComparison.Ordinal);
        Assert.DoesNotContain("You live with Dave", book, StringComparison.Ordinal);
        Assert.Contains("Anna Nowak was your mum. Anna Nowak died in November 2022.", book, StringComparison.Ordinal);
        Assert.Contains("**Sana Mir**, your advocate.", book, StringComparison.Ordinal);
        Assert.Contains("You love football.", book, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_teenager_with_an_advocate_and_no_decisions_When_the_letter_is_made_Then_it_offers_no_drawing_names_the_advocate_and_speaks_of_no_plans()
    {
        var letter = Markdown("kacper", Product.Minutes)!;

        Assert.DoesNotContain("draw a picture", letter, StringComparison.Ordinal);
        Assert.DoesNotContain("we made plans", letter, StringComparison.Ordinal);
        Assert.Contains("Sana Mir, your advocate, can help you have your say.", letter, StringComparison.Ordinal);
        Assert.Contains("**I am worried.**", letter, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_decision_the_IRO_carries_out_When_the_letter_is_made_Then_she_writes_it_in_the_first_person()
    {
        var letter = Markdown("jordan", Product.Minutes)!;

        Assert.Contains("| 1 | Check the bursary the college offers and tell Jordan. | Me |", letter, StringComparison.Ordinal);
        Assert.Contains("**Sue Taylor and I are worried.**", letter, StringComparison.Ordinal);
        Assert.DoesNotContain("Maria Costa will", letter, StringComparison.Ordinal);
        Assert.DoesNotContain("Taylor", Markdown("jordan", Product.Minutes, Audience.Parents)!, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_an_adopted_child_When_the_case_has_no_later_life_letter_Then_check_says_one_is_expected()
    {
        using var temp = new TempFolder();
        var folder = temp.CopyOf(Folder("poppy"));
        var yaml = Path.Combine(folder, "case.yaml");
        var text = File.ReadAllText(yaml);
        Assert.DoesNotContain(LifeStory.Checking.BookChecks.Check(LifeStory.Cases.Loading.CaseLoader.Load(folder).Case!), f => f.Code == "later-life-letter-expected");

        File.WriteAllText(yaml, text[..text.IndexOf("later_life_letter:", StringComparison.Ordinal)]);
        var finding = Assert.Single(LifeStory.Checking.BookChecks.Check(LifeStory.Cases.Loading.CaseLoader.Load(folder).Case!), f => f.Code == "later-life-letter-expected");
        Assert.Contains("adopted", finding.Message, StringComparison.Ordinal);
    }
}
