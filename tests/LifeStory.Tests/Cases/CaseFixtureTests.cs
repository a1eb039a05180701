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
    [InlineData("lily")]
    [InlineData("theo")]
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

    [Fact]
    public void Given_a_child_living_with_her_nan_as_special_guardian_When_the_book_is_made_Then_it_says_what_that_means_and_who_decides()
    {
        var book = Markdown("lily", Product.Book)!;

        Assert.Contains("- My special guardian: Nan (nan)", book, StringComparison.Ordinal);
        Assert.Contains("Lily lives with Nan. A judge has made Nan Lily's special guardian.", book, StringComparison.Ordinal);
        Assert.Contains("- Nan makes the decisions about Lily:", book, StringComparison.Ordinal);
        Assert.Contains("so she will not have review meetings now.", book, StringComparison.Ordinal);
        Assert.Contains("Jo Brennan was Lily's foster carer.", book, StringComparison.Ordinal);
        // She is not in care any more, so nobody runs her review meetings.
        Assert.DoesNotContain("**Paul Hayes**", book, StringComparison.Ordinal);
        Assert.Contains("**Children Heard and Seen**", book, StringComparison.Ordinal);
        Assert.DoesNotContain("Winston's Wish", book, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_special_guardians_nobody_is_named_as_When_the_case_is_checked_Then_check_asks_for_them()
    {
        using var temp = new TempFolder();
        var folder = temp.CopyOf(Folder("lily"));
        var yaml = Path.Combine(folder, "case.yaml");
        Assert.DoesNotContain(LifeStory.Checking.BookChecks.Check(LifeStory.Cases.Loading.CaseLoader.Load(folder).Case!), f => f.Code == "special-guardians-missing");

        File.WriteAllText(yaml, File.ReadAllText(yaml).Replace("group: special_guardians", "group: birth_family", StringComparison.Ordinal));
        Assert.Single(LifeStory.Checking.BookChecks.Check(LifeStory.Cases.Loading.CaseLoader.Load(folder).Case!), f => f.Code == "special-guardians-missing");
    }

    [Fact]
    public void Given_a_boy_gone_home_to_his_dad_When_the_book_and_letter_are_made_Then_they_tell_it_from_the_dates_and_offer_bereavement_help()
    {
        var book = Markdown("theo", Product.Book)!;

        Assert.Contains("You went back to live with Dad on 12 September 2026, when you were 8.", book, StringComparison.Ordinal);
        Assert.Contains("Before that, you lived at Lorraine and Dev's house.", book, StringComparison.Ordinal);
        Assert.Contains("Ryan Cole, your social worker, will keep coming to see you and Dad at home", book, StringComparison.Ordinal);
        Assert.Contains("Lorraine Quinn was your foster carer.", book, StringComparison.Ordinal);
        Assert.Contains("**Winston's Wish**", book, StringComparison.Ordinal);
        Assert.DoesNotContain("Children Heard and Seen", book, StringComparison.Ordinal);
        Assert.DoesNotContain("Getting ready for adult life", book, StringComparison.Ordinal);

        var letter = Markdown("theo", Product.Minutes)!;
        Assert.Contains("Ask Dad or your social worker to tell me", letter, StringComparison.Ordinal);
        Assert.DoesNotContain("your carer", letter, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_care_leaver_of_17_in_foster_care_When_the_book_is_made_Then_it_explains_his_adviser_pathway_plan_Staying_Put_and_the_local_offer()
    {
        var book = Markdown("jordan", Product.Book)!;

        Assert.Contains("Amy Lee is your personal adviser.", book, StringComparison.Ordinal);
        Assert.Contains("A pathway plan is your plan for the future.", book, StringComparison.Ordinal);
        Assert.Contains("Staying Put means you can stay living with Sue Taylor and Rob Taylor after you turn 18, until you are 21", book, StringComparison.Ordinal);
        Assert.Contains("**The local offer for care leavers**", book, StringComparison.Ordinal);
        Assert.Contains("**pathway plan**:", book, StringComparison.Ordinal);
        // The local offer is told on its own page, not again among the people who can help.
        Assert.Equal(1, book.Split("**The local offer for care leavers**").Length - 1);
    }
}
