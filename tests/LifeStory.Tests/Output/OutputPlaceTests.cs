using LifeStory.Output;
using LifeStory.Tests.Support;

namespace LifeStory.Tests.Output;

/// <summary>An output never lands on an input, nor among a case's own files.</summary>
public sealed class OutputPlaceTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public OutputPlaceTests() => Directory.CreateDirectory(_folder.File("case/photos"));

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("case/case.yaml")]
    [InlineData("case/photos/park.jpg")]
    [InlineData("case/templates/book/cover.sbn")]
    [InlineData("case/book.pdf")]
    public void Given_an_output_inside_the_case_folder_but_not_in_output_When_checked_Then_it_is_refused(string output)
    {
        var refused = Assert.Throws<OutputRefusedException>(() => OutputPlace.Check(_folder.File(output), _folder.File("case"), [], []));

        Assert.Contains("is inside the case folder", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("case/output/book.pdf")]
    [InlineData("elsewhere/book.pdf")]
    [InlineData("case-copy/book.pdf")]
    public void Given_an_output_in_output_or_outside_the_case_When_checked_Then_it_is_allowed(string output)
    {
        OutputPlace.Check(_folder.File(output), _folder.File("case"), [], []);
    }

    [Fact]
    public void Given_a_link_into_the_case_folder_When_an_output_is_written_through_it_Then_it_is_refused()
    {
        Directory.CreateSymbolicLink(_folder.File("sneaky"), _folder.File("case/photos"));

        Assert.Throws<OutputRefusedException>(() => OutputPlace.Check(_folder.File("sneaky/park.jpg"), _folder.File("case"), [], []));
    }

    [Fact]
    public void Given_an_output_that_is_an_input_or_inside_the_templates_folder_When_checked_Then_it_is_refused()
    {
        var input = Assert.Throws<OutputRefusedException>(() => OutputPlace.Check(_folder.File("page.md"), null, [_folder.File("page.md")], []));
        var templates = Assert.Throws<OutputRefusedException>(() => OutputPlace.Check(_folder.File("tpl/x.pdf"), null, [], [_folder.File("tpl")]));

        Assert.Equal("--output 'page.md' is a file this run reads; choose another name so it is not overwritten.", input.Message);
        Assert.StartsWith("--output 'x.pdf' is inside the templates folder", templates.Message, StringComparison.Ordinal);
    }
}
