using LifeStory.Tests.Documents.Pictures;

namespace LifeStory.Tests.Documents.Rendering.Html;

public sealed class HtmlPictureTests : IDisposable
{
    private readonly PictureFolder _pictures = new();

    public void Dispose() => _pictures.Dispose();

    [Fact]
    public void Given_pictures_When_written_Then_every_img_has_alt_text_and_a_data_uri()
    {
        var main = HtmlPages.Body("![A day at the beach](photos/exif-beach.jpg)\n\n![](drawings/see-through.png \"My drawing\")", _pictures.Source);

        var images = main.All("img").ToList();
        Assert.Equal(2, images.Count);
        Assert.All(images, img => Assert.False(string.IsNullOrWhiteSpace(img.Attr("alt"))));
        Assert.All(images, img => Assert.StartsWith("data:image/", img.Attr("src")));
        Assert.Equal("A day at the beach", images[0].Attr("alt"));
        Assert.Equal("My drawing", images[1].Attr("alt"));
        Assert.StartsWith("data:image/png;base64,", images[1].Attr("src"));
    }

    [Fact]
    public void Given_a_picture_with_a_title_When_written_Then_it_is_a_figure_whose_caption_is_the_title()
    {
        var main = HtmlPages.Body("![Me on the sand](photos/exif-beach.jpg \"At the seaside\")", _pictures.Source);

        var figure = main.All("figure").Single();
        Assert.Equal("Me on the sand", figure.Element("img")!.Attr("alt"));
        Assert.Equal("At the seaside", figure.Element("figcaption")!.Value);
        Assert.Empty(main.All("p"));
    }

    [Fact]
    public void Given_a_jpeg_carrying_exif_When_written_Then_the_embedded_bytes_are_re_encoded_upright_without_exif()
    {
        var original = File.ReadAllBytes(Path.Combine(_pictures.Root, "photos", "exif-beach.jpg"));
        Assert.True(TestImages.Contains(original, "Exif"));

        var img = HtmlPages.Body("![Beach](photos/exif-beach.jpg)", _pictures.Source).All("img").Single();

        var src = img.Attr("src")!;
        Assert.StartsWith("data:image/jpeg;base64,", src);
        var bytes = Convert.FromBase64String(src["data:image/jpeg;base64,".Length..]);
        Assert.False(TestImages.Contains(bytes, "Exif"));
        Assert.NotEqual(original, bytes);
        Assert.Equal(("48", "64"), (img.Attr("width"), img.Attr("height")));
    }

    [Fact]
    public void Given_pictures_When_written_Then_no_file_name_or_folder_of_the_case_appears()
    {
        var html = HtmlPages.Write("![Beach](photos/exif-beach.jpg)\n\n![Lost](photos/not-there.jpg)\n\n![](drawings/see-through.png)", _pictures.Source);

        Assert.DoesNotContain("exif-beach", html);
        Assert.DoesNotContain("not-there", html);
        Assert.DoesNotContain("see-through", html);
        Assert.DoesNotContain("photos/", html);
        Assert.DoesNotContain(_pictures.Root, html);
    }

    [Fact]
    public void Given_a_missing_picture_When_written_Then_a_visible_note_stands_in_its_place_and_no_img_is_written()
    {
        var main = HtmlPages.Body("![Me and Leo](photos/not-there.jpg)", _pictures.Source);

        Assert.Empty(main.All("img"));
        var note = main.All("p").Single(p => p.Attr("class") == "picture-missing");
        Assert.Equal("note", note.Attr("role"));
        Assert.Contains("Me and Leo", note.Value);
        Assert.Contains("could not be found", note.Value);
    }

    [Fact]
    public void Given_a_file_that_is_not_a_picture_When_written_Then_it_is_a_note_too()
    {
        File.WriteAllText(Path.Combine(_pictures.Root, "photos", "notes.jpg"), "not a jpeg at all");

        var main = HtmlPages.Body("![Broken](photos/notes.jpg)", _pictures.Source);

        Assert.Empty(main.All("img"));
        Assert.Single(main.All("p"), p => p.Attr("class") == "picture-missing");
    }

    [Fact]
    public void Given_a_picture_outside_the_folder_When_written_Then_it_is_not_read()
    {
        var main = HtmlPages.Body("![Escape](../../etc/passwd)\n\n![Rooted](/etc/hostname)", _pictures.Source);

        Assert.Empty(main.All("img"));
        Assert.Equal(2, main.All("p").Count(p => p.Attr("class") == "picture-missing"));
    }

    [Fact]
    public void Given_picture_attributes_When_written_Then_only_safe_class_names_reach_the_figure()
    {
        var main = HtmlPages.Body("![Beach](photos/exif-beach.jpg){.polaroid .bw .Bad_Name onclick=alert(1) style=color:red focus=0.5,0.3}", _pictures.Source);

        var figure = main.All("figure").Single();
        Assert.Equal("picture polaroid bw", figure.Attr("class"));
        Assert.All(main.DescendantsAndSelf(), e => Assert.DoesNotContain(e.Attributes(), a => a.Name.LocalName is "onclick" or "style" or "focus"));
    }

    [Fact]
    public void Given_a_picture_inside_a_sentence_When_written_Then_its_description_is_printed_as_text()
    {
        var main = HtmlPages.Body("Look at ![the beach](photos/exif-beach.jpg) today.", _pictures.Source);

        Assert.Empty(main.All("img"));
        Assert.Equal("Look at the beach today.", main.All("p").Single().Text());
    }
}
