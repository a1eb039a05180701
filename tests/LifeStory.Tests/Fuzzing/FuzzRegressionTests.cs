using System.Text;
using LifeStory.Tests.Documents.Markdown;
using LifeStory.Tests.Support;

namespace LifeStory.Tests.Fuzzing;

/// <summary>
/// Every input that ever crashed, hung or ran away, kept and run through the same targets as the fuzzer: the
/// probe of issue 11 and what the harness found. Add each new find here with its seed.
/// </summary>
public sealed class FuzzRegressionTests(FuzzRunTests.Folders folders) : IClassFixture<FuzzRunTests.Folders>
{
    public static TheoryData<string, string> Markdown => new()
    {
        // "'0' cannot be greater than -2.5" while drawing the rounded corners of an empty box.
        { "an empty block quote", ">\n" },
        { "an empty speech bubble", "::: speech\n:::\n" },
        { "a quote of blank lines", ">\n>  \n> \n" },
        { "CommonMark: an empty quote between paragraphs", "foo\n>\nbar\n" },
        { "CommonMark: a quote holding only a blank line", "> \n> \n> \n" },
        { "CommonMark: nested empty quotes", "> >\n> > \n>\n" },
        { "an empty panel", "::: panel\n:::\n" },
        { "an empty warm panel with a title", "::: panel.warm Things I like\n:::\n" },
        { "a very long name in a quote", "> " + new string('M', 3000) + "\n" },
        // A 100 KB word took 47 s and 4.8 GB to break into lines.
        { "one word of 100,000 letters", new string('a', 100_000) + "\n" },
        { "a caption with quotes, as a template writes it", "![Me and \\\"Nan\\\"](<pic.png> \"Me and \\\"Nan\\\"\")\n" },
    };

    [Theory]
    [MemberData(nameof(Markdown))]
    public void Given_Markdown_that_once_crashed_When_read_laid_out_and_drawn_Then_it_is_drawn(string name, string markdown)
    {
        Assert.NotEmpty(name);
        FuzzTargets.Markdown(markdown, folders.Pictures.Pictures);
    }

    public static TheoryData<string, string> CaseFiles => new()
    {
        // Stack overflow, exit 134, and a batch with no summary.
        { "lists nested 100,000 deep", "child: " + new string('[', 100_000) + new string(']', 100_000) + "\n" },
        { "fields nested 5,000 deep", string.Concat(Enumerable.Range(0, 5_000).Select(i => new string(' ', i) + "k:\n")) },
        // 34 KB that grew past 6 GB.
        { "a billion laughs", Laughs() },
        // "Operation is not valid due to the current state of the object."
        { "an unclosed bracket before a comment", "child:\n  preferred_name: Bo\n  hidden_from: [parents   # private\n  legal_name: Bo\n" },
        { "an unclosed brace", "child: {preferred_name: Bo\nphotos: []\n" },
        { "a second document", "child:\n  preferred_name: Bo\n---\nchild: 2\n" },
        { "a NUL in a photo's file name", "child:\n  preferred_name: Bo\nphotos:\n  - id: a\n    file: \"photos/a\\0.jpg\"\n" },
    };

    [Theory]
    [MemberData(nameof(CaseFiles))]
    public void Given_a_case_file_that_once_crashed_When_loaded_Then_it_is_reported_with_a_place(string name, string yaml)
    {
        Assert.NotEmpty(name);
        FuzzTargets.CaseYaml(Encoding.UTF8.GetBytes(yaml), folders.Case, makeBook: false);
    }

    [Fact]
    public void Given_Maisie_with_an_empty_quote_a_blank_child_said_and_a_long_name_When_made_into_a_book_Then_it_is_drawn()
    {
        var yaml = File.ReadAllText(Path.Combine(Repo.Sample("maisie"), "case.yaml"))
            .Replace("preferred_name: Maisie", "preferred_name: " + new string('M', 2000), StringComparison.Ordinal)
            .Replace("child_said: School is good.", "child_said: '   '\n    #", StringComparison.Ordinal)
            .Replace("    markdown: |\n", "    markdown: |\n      >\n\n      ::: speech\n      :::\n\n", StringComparison.Ordinal);

        FuzzTargets.CaseYaml(Encoding.UTF8.GetBytes(yaml), folders.Case, makeBook: true);
    }

    private static string Laughs()
    {
        var yaml = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var i = 1; i < 10; i++) yaml.Append($"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 9))}]\n");
        return yaml.Append("child: *a9\n").ToString();
    }
}
