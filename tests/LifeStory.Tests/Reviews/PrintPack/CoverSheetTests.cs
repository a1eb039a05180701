using LifeStory.Cases.Model;
using LifeStory.Documents.Model;
using LifeStory.Documents.Rendering;
using LifeStory.Documents.Themes;
using LifeStory.Reviews.PrintPack;
using LifeStory.Tests.Support;

namespace LifeStory.Tests.Reviews.PrintPack;

/// <summary>The cover sheet in front of each copy in a print pack: the address only on an adult's copy, and typed text printed as typed.</summary>
public sealed class CoverSheetTests
{
    private static readonly DateOnly Review = new(2026, 11, 24);

    [Fact]
    public void Given_a_parents_copy_to_post_When_its_cover_is_written_Then_it_names_them_gives_the_address_line_by_line_and_the_version()
    {
        var cover = CoverSheet.Markdown(new PackLetter("Kelly Clarke", false, Audience.Parents, PackRoute.Post, "1 Example Road\r\nLeeds\n\nLS2 9ZZ ", Review, 2));

        Assert.Equal("""
            # For Kelly Clarke

            Post to:\
            1 Example Road\
            Leeds\
            LS2 9ZZ

            This is the parents' version of the letter after the review meeting on 24 November 2026. It has 2 pages, on the pages after this one.

            Check the name on the first page of the letter before it goes in the envelope: this copy is only for the person named above.

            """.Replace("\r\n", "\n", StringComparison.Ordinal), cover);
    }

    [Theory]
    [InlineData(true, Audience.Child)]
    [InlineData(false, Audience.Child)]
    [InlineData(true, Audience.Carers)]
    public void Given_a_childs_copy_or_the_childs_version_When_its_cover_is_written_Then_no_address_is_printed_even_when_one_is_given(bool isChild, Audience reader)
    {
        var cover = CoverSheet.Markdown(new PackLetter("Maisie", isChild, reader, PackRoute.Post, "14 Willow Terrace\nLeeds", Review, 1));

        Assert.DoesNotContain("Willow", cover, StringComparison.Ordinal);
        Assert.DoesNotContain("Post to", cover, StringComparison.Ordinal);
        Assert.Contains("Give this letter by hand.", cover, StringComparison.Ordinal);
        Assert.Contains("It has 1 page,", cover, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_name_with_markdown_in_it_When_the_cover_is_drawn_into_a_pack_Then_it_is_one_page_of_the_letters_size_with_the_name_printed_as_typed()
    {
        var theme = Theme.Letter;
        var laidOut = CoverSheet.Layout(new PackLetter("*Jo* [Patel](x)", false, Audience.Carers, PackRoute.Post, "1 Road", Review, 3), theme);
        var path = Path.Combine(Path.GetTempPath(), $"cover-{Guid.NewGuid():N}.pdf");
        try
        {
            using (var file = File.Create(path))
                Assert.Equal([1], PackWriter.Write([new PackPart(laidOut, NoPictures.Instance)], new DocumentInfo("Pack"), file));

            Assert.Equal(theme.Page, laidOut.Theme.Page);
            var page = Assert.Single(PdfText.Pages(path));
            Assert.StartsWith("For *Jo* [Patel](x)\nPost to:\n1 Road", page, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
