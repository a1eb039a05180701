using LifeStory.Pipeline;
using LifeStory.Tests.Support;

namespace LifeStory.Tests.Templating;

/// <summary>Whatever a carer types is printed as typed: no template code runs, no Markdown or HTML takes effect.</summary>
public sealed class CaseTextIsDataTests
{
    [Fact]
    public void Given_template_code_Markdown_and_HTML_in_case_text_When_the_book_is_made_Then_they_are_printed_literally()
    {
        using var temp = new TempFolder();
        var folder = temp.CopyOf(Repo.Sample("maisie"));
        var yaml = Path.Combine(folder, "case.yaml");
        var typed = "{{ child.full_name }} **not bold** <b>tag</b> # not a heading [link](http://x) _under_";
        File.WriteAllText(yaml, File.ReadAllText(yaml).Replace(
            "caption: My first day at big school. My book bag was red!",
            "caption: \"" + typed + "\"", StringComparison.Ordinal));

        var result = CasePipeline.Run(new RunRequest(Product.Book, folder, new DateOnly(2026, 11, 23), temp.File("book.pdf")));

        Assert.True(result.Succeeded, string.Join("\n", result.Findings));
        // The caption wraps onto several lines; read it as one run of words.
        var text = string.Join(" ", PdfText.Pages(temp.File("book.pdf"))).Replace('\n', ' ');
        Assert.Contains("{{ child.full_name }} **not bold** <b>tag</b> # not a heading [link](http://x) _under_", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Maisie Rose Clarke", text, StringComparison.Ordinal);
    }
}
