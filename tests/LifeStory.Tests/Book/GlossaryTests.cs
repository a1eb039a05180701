using LifeStory.Tests.Support;
using LifeStory.Wording;

namespace LifeStory.Tests.Book;

/// <summary>"Words grown-ups use" explains the words a book prints, and only those, in the council's words first.</summary>
public sealed class GlossaryTests
{
    private static Glossary Shipped => new(Glossary.Read(Path.Combine(Repo.Root, "templates", Glossary.RelativePath)));

    [Fact]
    public void Only_the_words_the_text_uses_are_explained_in_alphabetical_order()
    {
        var used = Shipped.UsedIn("Priya is your social worker. A Judge decided you would live with Jo, your foster carer.");
        Assert.Equal(["foster carer", "judge", "social worker"], used.Select(e => e.Word));
    }

    [Fact]
    public void Other_forms_of_a_word_count_but_parts_of_longer_words_do_not()
    {
        Assert.Equal(["advocate"], Shipped.UsedIn("You can ask for advocacy at any time.").Select(e => e.Word));
        Assert.Equal(["judge"], Shipped.UsedIn("Two judges listened.").Select(e => e.Word));
        Assert.Empty(Shipped.UsedIn("We played a courtyard game and ate prejudged cake."));
    }

    [Fact]
    public void Every_shipped_explanation_is_short_enough_for_a_child_to_read()
    {
        Assert.True(Shipped.Entries.Count >= 15);
        foreach (var entry in Shipped.Entries)
        {
            var words = entry.Means.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            Assert.True(words <= 30, $"'{entry.Word}' is explained in {words} words.");
        }
    }

    [Fact]
    public void A_councils_explanation_wins_over_the_shipped_one()
    {
        using var temp = new TempFolder();
        var council = temp.File("glossary.yaml");
        File.WriteAllText(council, "words:\n  - word: Judge\n    means: Our council's words.\n");
        var glossary = new Glossary(Glossary.Read(council).Concat(Glossary.Read(Path.Combine(Repo.Root, "templates", Glossary.RelativePath))));
        Assert.Equal("Our council's words.", Assert.Single(glossary.UsedIn("the judge")).Means);
    }

    [Fact]
    public void A_file_that_is_not_a_list_of_words_is_named_in_the_error()
    {
        using var temp = new TempFolder();
        var bad = temp.File("glossary.yaml");
        File.WriteAllText(bad, "words:\n  - word: court\n");
        var error = Assert.Throws<LifeStory.Templating.SettingsFileException>(() => Glossary.Read(bad));
        Assert.Contains("glossary.yaml:2", error.Message, StringComparison.Ordinal);
        Assert.Contains("'means:'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_sample_book_explains_the_words_it_prints_on_its_glossary_page()
    {
        using var composition = LifeStory.Pipeline.CasePipeline.Compose(new LifeStory.Pipeline.RunRequest(
            LifeStory.Pipeline.Product.Book, Repo.Sample("maisie"), new DateOnly(2026, 11, 23)));
        var markdown = composition.Markdown!;
        var glossary = markdown[markdown.IndexOf("# Words grown-ups use", StringComparison.Ordinal)..];
        Assert.Contains("**social worker**", glossary, StringComparison.Ordinal);
        Assert.Contains("**judge**", glossary, StringComparison.Ordinal);
        // Maisie's book never mentions the Home Office, so it is not explained.
        Assert.DoesNotContain("home office", glossary, StringComparison.OrdinalIgnoreCase);
    }
}
