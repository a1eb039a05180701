using System.Net;
using System.Text;
using LifeStory.Web.Tests.Children;
using LifeStory.Web.Tests.Support;
using SkiaSharp;

namespace LifeStory.Web.Tests.Editing;

/// <summary>
/// A photo taken out in the browser: its item and its file leave the new version, the version before keeps both; a
/// photo that other parts of the case still show stays, and nothing is saved.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class PictureRemoveTests(SharedHosts hosts)
{
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Given_a_photo_uploaded_by_mistake_When_it_is_taken_out_Then_the_new_version_is_as_before_the_upload_and_the_old_one_keeps_it(string database)
    {
        var host = hosts.For(database);
        var sam = await Session.SignInAsync(host, "sam.social");
        var child = await ImportExportTests.ImportNewAsync(sam, Samples.Zip("maisie"));
        await PictureForms.UploadAsync(sam, child, [("park.jpg", TestPictures.Jpeg(SKColors.Red, SKColors.Blue))]);
        var page = await sam.Client.GetStringAsync(PictureForms.Url(child));
        Assert.Contains("Take this photo out", page, StringComparison.Ordinal);

        var removed = await sam.PostFormAsync(PictureForms.Url(child), PictureForms.Url(child) + "?handler=Remove", new() { ["ItemId"] = "park" });

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal($"{PictureForms.Url(child)}?saved=3", removed.Headers.Location!.OriginalString);
        Assert.Equal(await PictureForms.FileAtAsync(host, child, 1, "case.yaml"), (await PictureForms.LatestFileAsync(host, child, "case.yaml")).File);
        Assert.Null((await PictureForms.LatestFileAsync(host, child, "photos/park.jpg")).File);
        Assert.NotNull(await PictureForms.FileAtAsync(host, child, 2, "photos/park.jpg"));
        var history = WebUtility.HtmlDecode(await sam.Client.GetStringAsync($"/Children/{child}"));
        Assert.Contains("Took out a photo", history, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_a_photo_a_person_and_the_timeline_show_When_it_is_taken_out_Then_it_stays_and_the_page_says_why()
    {
        var host = hosts.For(Databases.Sqlite);
        var sam = await Session.SignInAsync(host, "sam.social");
        var child = await ImportExportTests.ImportNewAsync(sam, Samples.Zip("maisie"));

        var response = await sam.PostFormAsync(PictureForms.Url(child), PictureForms.Url(child) + "?handler=Remove", new() { ["ItemId"] = "seaside" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var said = FormPage.Parse(await response.Content.ReadAsStringAsync()).Document.QuerySelector("[role=alert]")!.TextContent;
        Assert.Contains("This photo cannot be taken out yet: other parts of the case still show it.", said, StringComparison.Ordinal);
        var (number, yaml) = await PictureForms.LatestFileAsync(host, child, "case.yaml");
        Assert.Equal(1, number);
        Assert.Contains("  - id: seaside", Encoding.UTF8.GetString(yaml!), StringComparison.Ordinal);
    }
}
