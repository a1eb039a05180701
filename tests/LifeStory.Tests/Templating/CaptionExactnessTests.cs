using LifeStory.Documents.Markdown;
using LifeStory.Documents.Model;
using LifeStory.Templating;

namespace LifeStory.Tests.Templating;

/// <summary>
/// Whatever a carer types as a caption reaches the page as typed: the photo is still a photo (never raw
/// Markdown), and its caption is the same words. Line breaks inside a caption become spaces; characters that
/// cannot be printed at all (control characters) are left out.
/// </summary>
public sealed class CaptionExactnessTests
{
    public static TheoryData<string, string> Captions => new()
    {
        { "Me and \"Nan\" at the park", "Me and \"Nan\" at the park" },
        { "Me at the park\n\nwith Leo", "Me at the park with Leo" },
        { "Two\nlines", "Two lines" },
        { "Bell\u0007 and\u0000 null", "Bell and null" },
        { "Tab\there", "Tab here" },
        { "Back\\slash \\\" and quote\"", "Back\\slash \\\" and quote\"" },
        { "*stars* [link](x) <b> {{ x }} ![pic](y.jpg)", "*stars* [link](x) <b> {{ x }} ![pic](y.jpg)" },
        { "Ends with a quote \"", "Ends with a quote \"" },
        { ")\")\"(", ")\")\"(" },
    };

    [Theory]
    [MemberData(nameof(Captions))]
    public void Given_a_hostile_caption_When_the_picture_line_is_read_Then_it_is_a_picture_with_that_caption(string typed, string printed)
    {
        var line = ScriptValues.Picture("photos/park.jpg", ScriptValues.Text(typed), "{focus=0.4,0.75}");

        var document = MarkdownReader.Read(line + "\n", new DocumentInfo("Caption"));

        var picture = Assert.IsType<PictureBlock>(Assert.Single(document.Blocks));
        Assert.Equal("photos/park.jpg", picture.Source);
        Assert.Equal(printed, picture.Caption);
    }
}
