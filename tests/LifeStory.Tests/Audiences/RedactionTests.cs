using LifeStory.Audiences;
using LifeStory.Cases.Loading;
using LifeStory.Cases.Model;
using LifeStory.Checking;
using LifeStory.Pipeline;
using LifeStory.Tests.Support;

namespace LifeStory.Tests.Audiences;

/// <summary>Each reader's version resolves every reference to what is hidden from that reader, before any template runs.</summary>
public sealed class RedactionTests
{
    private static readonly DateOnly Today = new(2026, 6, 1);

    private static string Markdown(string folder, Product product, Audience reader)
    {
        using var composition = CasePipeline.Compose(new RunRequest(product, folder, Today, Reader: reader));
        Assert.True(composition.Markdown is not null, string.Join("\n", composition.Findings));
        return MarkdownWords.Of(composition.Markdown!);
    }

    [Fact]
    public void Given_an_adopter_hidden_from_parents_When_the_parents_letter_is_made_Then_every_reference_to_her_is_in_general_words_and_no_id_is_printed()
    {
        using var temp = new TempFolder();
        var text = Markdown(RubyCase.Write(temp), Product.Minutes, Audience.Parents);

        Assert.DoesNotContain("Helen", text, StringComparison.Ordinal);
        Assert.DoesNotContain("helen", text, StringComparison.Ordinal);
        Assert.DoesNotContain("miss-lewis", text, StringComparison.Ordinal);
        Assert.Contains("**A grown-up who looks after you and Sophie Malik are worried.**", text, StringComparison.Ordinal);
        Assert.Contains("| 1 | Book a visit to the sleep clinic. | A grown-up who looks after you |", text, StringComparison.Ordinal);
        Assert.Contains("- A teacher", text, StringComparison.Ordinal);
        Assert.Contains("- A grown-up who looks after you: 9", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_the_case_says_leave_out_When_the_parents_letter_is_made_Then_what_depends_on_a_hidden_person_is_left_out()
    {
        using var temp = new TempFolder();
        var folder = RubyCase.Write(temp, RubyCase.Yaml + "\nprivacy:\n  hidden_people: leave_out\n");

        var text = Markdown(folder, Product.Minutes, Audience.Parents);

        Assert.DoesNotContain("sleep clinic", text, StringComparison.Ordinal);
        Assert.Contains("Send Ruby a birthday card.", text, StringComparison.Ordinal);
        Assert.Contains("**Sophie Malik is worried.**", text, StringComparison.Ordinal);
        Assert.DoesNotContain("A teacher", text, StringComparison.Ordinal);
        Assert.DoesNotContain(": 9", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_adopters_not_hidden_When_the_parents_book_is_made_Then_their_surname_town_address_and_the_childs_nursery_are_kept_from_parents()
    {
        using var temp = new TempFolder();
        var folder = RubyCase.Write(temp);

        var parents = Markdown(folder, Product.Book, Audience.Parents);
        var child = Markdown(folder, Product.Book, Audience.Child);
        var model = CaseLoader.Load(folder).Case!.Model;
        var forParents = Redactor.For(model, Audience.Parents).Case;
        var forChild = Redactor.For(model, Audience.Child).Case;

        foreach (var secret in new[] { "Carter", "Harrogate", "Elm Close", "Bluebell" })
            Assert.DoesNotContain(secret, parents, StringComparison.Ordinal);
        Assert.Contains("Ruby lives with Tom.", parents, StringComparison.Ordinal);
        Assert.Contains("Tom Carter", child, StringComparison.Ordinal);
        Assert.Empty(forParents.Schools);
        Assert.Null(forParents.Homes[1].Town);
        Assert.Null(forParents.Homes[1].Address);
        Assert.Equal("Ruby", forParents.Child.LegalName);
        Assert.Equal("Bluebell Nursery", Assert.Single(forChild.Schools).Name);
        Assert.Equal("Harrogate", forChild.Homes[1].Town);
    }

    [Fact]
    public void Given_the_case_shares_the_adopters_town_When_the_parents_book_is_made_Then_only_that_detail_is_shown()
    {
        using var temp = new TempFolder();
        var folder = RubyCase.Write(temp, RubyCase.Yaml + "\nprivacy:\n  parents_may_see: [adopters_towns]\n");

        var forParents = Redactor.For(CaseLoader.Load(folder).Case!.Model, Audience.Parents).Case;

        Assert.Equal("Harrogate", forParents.Homes[1].Town);
        Assert.Empty(forParents.Schools);
        Assert.Equal("Tom", forParents.People.Single(p => p.Id == "tom").Name);
        Assert.DoesNotContain("Carter", Markdown(folder, Product.Book, Audience.Parents), StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_name_for_parents_When_the_parents_letter_is_made_Then_it_uses_that_name_and_never_the_persons_own()
    {
        using var temp = new TempFolder();
        var yaml = RubyCase.Yaml.Replace("    relationship: my daddy\n", "    relationship: my daddy\n    shown_as: { parents: \"Ruby's daddy\" }\n", StringComparison.Ordinal)
            .Replace("      - { person: miss-lewis, how: sent_views }\n", "      - { person: tom, how: came }\n", StringComparison.Ordinal);
        var folder = RubyCase.Write(temp, yaml);

        var parents = Markdown(folder, Product.Minutes, Audience.Parents);
        var child = Markdown(folder, Product.Minutes, Audience.Child);

        Assert.Contains("Ruby's daddy", parents, StringComparison.Ordinal);
        Assert.DoesNotContain("Tom", parents, StringComparison.Ordinal);
        Assert.Contains("Tom Carter", child, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_hidden_name_in_free_text_When_every_version_is_made_Then_only_that_readers_version_stops_with_the_line_field_and_word()
    {
        using var temp = new TempFolder();
        var yaml = RubyCase.Yaml.Replace("      - Ruby is settled and happy.\n",
            "      - Ruby is settled and happy.\n      - Helen takes Ruby swimming on Saturdays.\n", StringComparison.Ordinal);
        var folder = RubyCase.Write(temp, yaml);

        var (results, manifest) = AllReaders.Run(new RunRequest(Product.Minutes, folder, Today));

        var parents = results[1];
        Assert.False(parents.Succeeded);
        var finding = Assert.Single(parents.Findings, f => f.IsError);
        Assert.Equal(HiddenNameChecks.Code, finding.Code);
        Assert.Equal("reviews[0].going_well[1]", finding.Field);
        Assert.Equal(yaml.Split('\n').ToList().FindIndex(l => l.Contains("Helen takes", StringComparison.Ordinal)) + 1, finding.Location!.Line);
        Assert.Contains("\"Helen\"", finding.Message, StringComparison.Ordinal);
        Assert.Contains("hidden_from: [parents]", finding.Fix, StringComparison.Ordinal);
        Assert.True(results[0].Succeeded && results[2].Succeeded && results[3].Succeeded);
        var json = File.ReadAllText(manifest!);
        Assert.Contains("\"notMade\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Helen", json, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder, "output", "review-letter-2026-05-01-for-parents.pdf")));
    }

    [Fact]
    public void Given_the_childs_own_words_name_a_hidden_person_When_checked_Then_they_are_never_reworded_but_can_be_withheld()
    {
        using var temp = new TempFolder();
        var said = RubyCase.Yaml.Replace("child_said: I like the swings.", "child_said: I like the swings with Helen.", StringComparison.Ordinal);
        var loaded = CaseLoader.Load(RubyCase.Write(temp, said)).Case!;

        var finding = Assert.Single(ReaderChecks.Check(loaded, null));
        Assert.Equal("reviews[0].child_said", finding.Field);
        Assert.Equal(said.Split('\n').ToList().FindIndex(l => l.Contains("with Helen", StringComparison.Ordinal)) + 1, finding.Location!.Line);
        Assert.StartsWith("The parents' version", finding.Message, StringComparison.Ordinal);
        Assert.Contains("never changed", finding.Fix, StringComparison.Ordinal);

        using var temp2 = new TempFolder();
        var withheld = said.Replace("child_said: I like the swings with Helen.",
            "child_said: { text: I like the swings with Helen., hidden_from: [parents] }", StringComparison.Ordinal);
        var folder = RubyCase.Write(temp2, withheld);
        Assert.DoesNotContain("swings", Markdown(folder, Product.Minutes, Audience.Parents), StringComparison.Ordinal);
        Assert.Contains("I like the swings with Helen.", Markdown(folder, Product.Minutes, Audience.Child), StringComparison.Ordinal);
    }

    [Fact]
    public void Given_pictures_hidden_from_the_child_When_the_childs_book_is_made_Then_they_are_nowhere_not_even_embedded_in_a_story_or_among_drawings()
    {
        using var temp = new TempFolder();
        var folder = RubyCase.Write(temp);

        var child = Markdown(folder, Product.Book, Audience.Child);
        var record = Markdown(folder, Product.Book, Audience.Record);

        Assert.DoesNotContain("secret.png", child, StringComparison.Ordinal);
        Assert.DoesNotContain("worried.png", child, StringComparison.Ordinal);
        Assert.DoesNotContain("The worried face", child, StringComparison.Ordinal);
        Assert.DoesNotContain("{.half}", child, StringComparison.Ordinal);
        Assert.Contains("You dig for worms.", child, StringComparison.Ordinal);
        Assert.Contains("house.png", child, StringComparison.Ordinal);
        Assert.Contains("secret.png", record, StringComparison.Ordinal);
        Assert.Contains("worried.png", record, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_hidden_items_When_the_parents_version_is_summarised_Then_the_sender_reads_what_was_left_out_and_the_manifest_holds_no_hidden_value()
    {
        using var temp = new TempFolder();
        var folder = RubyCase.Write(temp);
        var model = CaseLoader.Load(folder).Case!.Model;

        var summary = Redactor.For(model, Audience.Parents).Summary;

        Assert.Equal("2 people (the names of Helen Carter and Hannah Lewis), 1 address, 1 town and 1 school left out; " +
            "1 surname left out (first names only); 'a grown-up who looks after you' and 'a teacher' used instead of a name",
            summary.Describe(withNames: true));
        Assert.DoesNotContain("Helen", summary.Describe(withNames: false), StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_template_that_prints_a_hidden_name_When_the_version_is_made_Then_the_output_guard_stops_it()
    {
        using var temp = new TempFolder();
        var folder = RubyCase.Write(temp);
        var templates = Path.Combine(temp.Path, "council");
        Directory.CreateDirectory(Path.Combine(templates, "minutes"));
        File.WriteAllText(Path.Combine(templates, "minutes", "letter.sbn"), "# Dear {{ child.name }}\n\nFrom Helen Carter.\n");

        var result = CasePipeline.Run(new RunRequest(Product.Minutes, folder, Today, temp.File("x.pdf"), templates, Reader: Audience.Parents));

        Assert.False(result.Succeeded);
        Assert.Contains(result.Findings, f => f.Code == HiddenNameChecks.OutputCode);
        Assert.False(File.Exists(temp.File("x.pdf")));
    }
}
