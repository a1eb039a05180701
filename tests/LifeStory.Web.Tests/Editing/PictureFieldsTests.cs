using LifeStory.Cases.Model;
using LifeStory.Web.Pictures;

namespace LifeStory.Web.Tests.Editing;

/// <summary>A photo's form says exactly which keys of case.yaml changed, each written as case.yaml writes it.</summary>
public sealed class PictureFieldsTests
{
    private static readonly Photo Baby = new("baby", "photos/baby.jpg", "Me, fast asleep", PartialDate.TryParse("2019-07", out var d) ? d : null,
        ["kelly"], new FocusPoint(0.65, 0.55), [Audience.Parents], new SensitivePicture(Smaller: true));

    [Fact]
    public void Given_a_photos_fields_When_nothing_is_changed_Then_no_key_is_changed_and_each_reads_back_as_written()
    {
        var fields = PictureFields.Of(Baby);

        Assert.Empty(PictureFields.Changed(PictureKind.Photos, fields, PictureFields.Of(Baby)));
        Assert.Equal(new Dictionary<string, string?>
        {
            ["caption"] = "Me, fast asleep",
            ["date"] = "2019-07",
            ["people"] = "[kelly]",
            ["focus"] = "{ x: 0.65, y: 0.55 }",
            ["hidden_from"] = "[parents]",
            ["sensitive"] = "{ smaller: true }",
        }, fields.Yaml(PictureKind.Photos));
    }

    [Fact]
    public void Given_a_click_far_from_the_old_point_When_compared_Then_only_focus_changed_and_it_is_rounded_as_the_book_writes_it()
    {
        var fields = PictureFields.Of(Baby);
        fields.FocusX = "0.12345";
        fields.FocusY = "0.9";

        Assert.Equal(["focus"], PictureFields.Changed(PictureKind.Photos, fields, PictureFields.Of(Baby)));
        Assert.Equal("{ x: 0.123, y: 0.9 }", fields.Yaml(PictureKind.Photos)["focus"]);
    }

    [Fact]
    public void Given_every_box_cleared_When_compared_Then_those_keys_are_to_be_taken_out()
    {
        var fields = PictureFields.Of(Baby);
        fields.People = [];
        fields.HiddenFrom = [];
        fields.Smaller = false;

        var yaml = fields.Yaml(PictureKind.Photos);

        Assert.Equal(["people", "hidden_from", "sensitive"], PictureFields.Changed(PictureKind.Photos, fields, PictureFields.Of(Baby)));
        Assert.Null(yaml["people"]);
        Assert.Null(yaml["hidden_from"]);
        Assert.Null(yaml["sensitive"]);
    }

    [Fact]
    public void Given_a_name_from_a_phone_When_made_an_id_Then_it_is_lower_case_words_joined_by_hyphens()
    {
        Assert.Equal("img-2041-1", PictureUpload.Slug("IMG_2041 (1)", PictureKind.Photos));
        Assert.Equal("photo-2019", PictureUpload.Slug("2019", PictureKind.Photos));
        Assert.Equal("drawing", PictureUpload.Slug("!!!", PictureKind.Drawings));
    }
}
