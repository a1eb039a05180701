using LifeStory.Tests.Support;
using LifeStory.Wording;

namespace LifeStory.Tests.Wording;

public sealed class JargonDictionaryTests
{
    private static readonly string Shipped = Path.Combine(Repo.Root, "templates", "words", "jargon.yaml");

    private static JargonDictionary Words(params JargonTerm[] terms) => new(terms);

    [Fact]
    public void The_shipped_list_has_at_least_forty_terms_each_with_words_to_use_instead()
    {
        var terms = JargonDictionary.Read(Shipped);
        Assert.True(terms.Count >= 40, $"only {terms.Count} terms");
        Assert.All(terms, t => Assert.False(string.IsNullOrWhiteSpace(t.Instead)));
        Assert.Contains(terms, t => t.Term == "contact" && t.Instead == "family time");
        Assert.Contains(terms, t => t.Term == "siblings" && t.Instead == "brothers and sisters");
        Assert.DoesNotContain(terms, t => t.Term.Equals("birth parents", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void The_built_in_list_is_copied_beside_the_program()
    {
        var words = JargonDictionary.From(LifeStory.Templating.TemplateFolders.For(null, null));
        Assert.Equal(JargonDictionary.Read(Shipped).Count, words.Terms.Count);
    }

    [Fact]
    public void Files_are_merged_and_the_earlier_file_wins_for_a_term_in_both()
    {
        using var folder = new TempFolder();
        var council = Path.Combine(folder.Path, "council.yaml");
        File.WriteAllText(council, """
            terms:
              - term: Contact
                instead: time with your family
              - term: ICPC
                instead: (explain in words)
                note: Say who they are.
            """);
        var words = JargonDictionary.Load([council, Shipped]);

        Assert.Equal(JargonDictionary.Read(Shipped).Count + 1, words.Terms.Count);
        Assert.Equal("time with your family", Assert.Single(words.Find("more contact")).Term.Instead);
        var lado = Assert.Single(words.Find("the ICPC was held"));
        Assert.Equal("Explain in words instead. Say who they are.", lado.Term.Fix);
    }

    [Fact]
    public void An_entry_without_instead_is_reported_with_its_file_and_line()
    {
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, "jargon.yaml");
        File.WriteAllText(file, "terms:\n  - term: contact\n");
        var problem = Assert.Throws<LifeStory.Templating.SettingsFileException>(() => JargonDictionary.Read(file));
        Assert.Contains("jargon.yaml:2", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_longest_phrase_wins_and_is_one_finding()
    {
        var words = Words(new("contact", "family time"), new("supervised contact", "family time with a grown-up there"));
        var match = Assert.Single(words.Find("She has supervised contact on Fridays."));
        Assert.Equal("supervised contact", match.Found);
        Assert.Equal(8, match.Index);
        Assert.Equal(18, match.Length);
    }

    [Theory]
    [InlineData("CONTACT is weekly", "CONTACT")]
    [InlineData("Weekly Contact.", "Contact")]
    [InlineData("supervised\n  contact", "supervised contact")]
    public void Matching_ignores_capitals_and_spacing(string text, string found) =>
        Assert.Equal(found, Assert.Single(Words(new("contact", "family time"), new("supervised contact", "x")).Find(text)).Found);

    [Theory]
    [InlineData("contacts")]
    [InlineData("recontact")]
    [InlineData("placemat")]
    [InlineData("contact2")]
    public void Only_whole_words_match(string text) =>
        Assert.Empty(Words(new("contact", "family time"), new("placement", "home")).Find(text));

    [Fact]
    public void Every_term_in_a_text_is_found_left_to_right()
    {
        var words = JargonDictionary.Load([Shipped]);
        var found = words.Find("Her foster placement and her LAC review; respite with siblings. See the care plan.").Select(m => m.Found);
        Assert.Equal(["foster placement", "LAC review", "respite", "siblings", "care plan"], found);
    }

    [Fact]
    public void Advice_in_brackets_is_given_as_advice_and_words_are_quoted()
    {
        Assert.Equal("Use the child's name instead.", new JargonTerm("LAC", "(use the child's name)").Fix);
        Assert.Equal("Say \"family time\" instead.", new JargonTerm("contact", "family time").Fix);
    }
}
