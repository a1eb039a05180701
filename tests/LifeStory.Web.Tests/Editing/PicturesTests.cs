using System.Net;
using System.Text;
using LifeStory.Documents.Pictures;
using LifeStory.Web.Audit;
using LifeStory.Web.Data;
using LifeStory.Web.Storage;
using LifeStory.Web.Tests.Children;
using LifeStory.Web.Tests.Support;
using MetadataExtractor;
using MetadataExtractor.Formats.Exif;
using MetadataExtractor.Formats.Jpeg;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;

namespace LifeStory.Web.Tests.Editing;

/// <summary>
/// Photos and drawings added and placed in the browser: several files make one version; each is checked as
/// `lifestory check` checks it and stored without any metadata; the focus point moves the crops the book uses.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class PicturesTests(SharedHosts hosts)
{
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Given_three_photos_When_uploaded_in_one_request_Then_they_make_one_new_version_with_a_photos_entry_each(string database)
    {
        var host = hosts.For(database);
        var sam = await Session.SignInAsync(host, "sam.social");
        var child = await ImportExportTests.ImportNewAsync(sam, Samples.Zip("maisie"));

        var response = await PictureForms.UploadAsync(sam, child, [
            ("Beach day.jpg", TestPictures.Jpeg(SKColors.Red, SKColors.Blue)),
            ("Beach day.JPG", TestPictures.Jpeg(SKColors.Green, SKColors.Yellow)),
            ("IMG_2041.jpeg", TestPictures.Jpeg(SKColors.Blue, SKColors.Red))]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"{PictureForms.Url(child)}?saved=2&added=3#photo-8", response.Headers.Location!.OriginalString);
        var (number, yaml) = await PictureForms.LatestFileAsync(host, child, "case.yaml");
        Assert.Equal(2, number);
        var before = Encoding.UTF8.GetString((await PictureForms.FileAtAsync(host, child, 1, "case.yaml"))!);
        var added = "  - id: beach-day\n    file: photos/beach-day.jpg\n  - id: beach-day-2\n    file: photos/beach-day-2.jpg\n  - id: img-2041\n    file: photos/img-2041.jpg\n";
        var after = Encoding.UTF8.GetString(yaml!);
        Assert.Contains("    focus: { x: 0.5, y: 0.55 }\n" + added + "\nmy_words:", after, StringComparison.Ordinal);
        Assert.Equal(before, after.Replace(added, "", StringComparison.Ordinal));
        foreach (var path in new[] { "photos/beach-day.jpg", "photos/beach-day-2.jpg", "photos/img-2041.jpg" })
            Assert.NotNull((await PictureForms.LatestFileAsync(host, child, path)).File);
        var page = FormPage.Parse(await sam.Client.GetStringAsync(PictureForms.Url(child) + "?saved=2&added=3")).Document;
        Assert.Contains("Added 3 photos as version 2.", page.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        // The CLI's "has no caption" finding is shown at the new photo.
        Assert.Contains("has no caption.", page.GetElementById("photo-8")!.TextContent, StringComparison.Ordinal);
        var uploads = await host.WithScopeAsync(s => s.GetRequiredService<LifeStoryDb>().AuditEntries
            .Where(e => e.ChildId == child && e.Action == AuditActions.Upload).Select(e => e.Detail).ToListAsync());
        Assert.Equal(3, uploads.Count);
        Assert.All(uploads, d => Assert.Matches("^revision 2: photo sha256 [0-9a-f]{64}$", d));
        Assert.DoesNotContain(uploads, d => d.Contains("beach", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Given_an_iPhone_HEIC_When_uploaded_Then_it_is_stored_as_an_upright_JPEG_without_its_metadata()
    {
        var host = hosts.For(Databases.Sqlite);
        var sam = await Session.SignInAsync(host, "sam.social");
        var child = await ImportExportTests.ImportNewAsync(sam, Samples.Zip("maisie"));

        var response = await PictureForms.UploadAsync(sam, child, [("IMG_0001.HEIC", TestPictures.IPhoneHeic())]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = (await PictureForms.LatestFileAsync(host, child, "photos/img-0001.jpg")).File!;
        Assert.True(MetadataScan.IsClean(stored));
        Assert.Empty(Metadata(stored));
        using var image = SKBitmap.Decode(stored);
        // Upright as the engine turns it: 300 wide, 400 tall, red at the top left and yellow at the bottom right.
        Assert.Equal((300, 400), (image.Width, image.Height));
        Assert.True(image.GetPixel(40, 40).Red > 200 && image.GetPixel(40, 40).Blue < 60);
        Assert.True(image.GetPixel(260, 360).Red > 200 && image.GetPixel(260, 360).Green > 200);
    }

    [Fact]
    public async Task Given_a_JPEG_with_GPS_When_uploaded_Then_neither_the_stored_file_nor_any_served_image_carries_metadata()
    {
        var host = hosts.For(Databases.Sqlite);
        var sam = await Session.SignInAsync(host, "sam.social");
        var child = await ImportExportTests.ImportNewAsync(sam, Samples.Zip("maisie"));
        var original = TestPictures.JpegWithGps();
        Assert.Contains(Metadata(original), d => d is GpsDirectory);

        var response = await PictureForms.UploadAsync(sam, child, [("At the flat.jpg", original)]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = (await PictureForms.LatestFileAsync(host, child, "photos/at-the-flat.jpg")).File!;
        Assert.Empty(Metadata(stored));
        Assert.DoesNotContain("Jo Patel", Encoding.Latin1.GetString(stored), StringComparison.Ordinal);
        Assert.DoesNotContain("Taken at the flat", Encoding.Latin1.GetString(stored), StringComparison.Ordinal);
        foreach (var view in new[] { "Upright", "Face", "Frame" })
        {
            var served = await sam.Client.GetByteArrayAsync($"{PictureForms.Url(child)}/8/{view}");
            Assert.Empty(Metadata(served));
            Assert.True(MetadataScan.IsClean(served), view);
        }
    }

    [Fact]
    public async Task Given_a_file_that_is_not_a_picture_When_uploaded_with_a_good_one_Then_the_CLIs_message_is_shown_and_nothing_is_added()
    {
        var host = hosts.For(Databases.Sqlite);
        var sam = await Session.SignInAsync(host, "sam.social");
        var child = await ImportExportTests.ImportNewAsync(sam, Samples.Zip("maisie"));
        var notes = Encoding.UTF8.GetBytes("Notes from the review, not a photo at all.");

        var response = await PictureForms.UploadAsync(sam, child, [("park.jpg", TestPictures.Jpeg(SKColors.Red, SKColors.Blue)), ("notes.jpg", notes)]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = FormPage.Parse(await response.Content.ReadAsStringAsync()).Document;
        // What `lifestory check` says of the same file, word for word.
        var folder = System.IO.Directory.CreateTempSubdirectory();
        try
        {
            var path = Path.Combine(folder.FullName, "notes.jpg");
            await File.WriteAllBytesAsync(path, notes);
            var cli = PictureInspector.Inspect(path, "notes.jpg");
            Assert.False(cli.Usable);
            Assert.Equal($"{cli.Problem} {cli.Fix}", page.QuerySelector("#upload-problems li")!.TextContent);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
        Assert.Contains("Nothing was added", page.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, (await PictureForms.LatestFileAsync(host, child, "case.yaml")).Number);
    }

    [Fact]
    public async Task Given_a_photo_When_its_focus_point_is_set_Then_the_crops_the_book_uses_move_with_it()
    {
        var host = hosts.For(Databases.Sqlite);
        var sam = await Session.SignInAsync(host, "sam.social");
        var child = await ImportExportTests.ImportNewAsync(sam, Samples.Zip("maisie"));
        await PictureForms.UploadAsync(sam, child, [("halves.jpg", TestPictures.Jpeg(SKColors.Red, SKColors.Blue))]);
        var face = $"{PictureForms.Url(child)}/8/Face";
        // No focus yet: the face circle is cut from the middle, across both halves.
        using (var middle = SKBitmap.Decode(await sam.Client.GetByteArrayAsync(face)))
            Assert.True(middle.GetPixel(5, middle.Height / 2).Red > 200 && middle.GetPixel(middle.Width - 5, middle.Height / 2).Blue > 200);
        // A point not yet saved is shown at once: on the left, the circle is all red.
        using (var left = SKBitmap.Decode(await sam.Client.GetByteArrayAsync(face + "?x=0.1&y=0.3")))
            Assert.True(left.GetPixel(left.Width - 5, left.Height / 2).Red > 200);

        var page = FormPage.Parse(await sam.Client.GetStringAsync(PictureForms.Url(child))).Document;
        var fields = PictureForms.ItemFields(page, "photo-8").With("Fields.FocusX", "0.9").With("Fields.FocusY", "0.4");
        var saved = await PictureForms.SaveAsync(sam, child, fields);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var yaml = Encoding.UTF8.GetString((await PictureForms.LatestFileAsync(host, child, "case.yaml")).File!);
        Assert.Contains("    file: photos/halves.jpg\n    focus: { x: 0.9, y: 0.4 }\n", yaml, StringComparison.Ordinal);
        using var right = SKBitmap.Decode(await sam.Client.GetByteArrayAsync(face));
        Assert.True(right.GetPixel(5, right.Height / 2).Blue > 200 && right.GetPixel(5, right.Height / 2).Red < 60);
        using var frame = SKBitmap.Decode(await sam.Client.GetByteArrayAsync($"{PictureForms.Url(child)}/8/Frame"));
        Assert.Equal((320, 240), (frame.Width, frame.Height));
    }

    [Fact]
    public async Task Given_a_photo_When_it_is_ticked_or_saved_as_small_and_black_and_white_Then_its_crops_are_shown_printed_that_way_and_the_upright_photo_keeps_its_colour()
    {
        var host = hosts.For(Databases.Sqlite);
        var sam = await Session.SignInAsync(host, "sam.social");
        var child = await ImportExportTests.ImportNewAsync(sam, Samples.Zip("maisie"));
        await PictureForms.UploadAsync(sam, child, [("halves.jpg", TestPictures.Jpeg(SKColors.Red, SKColors.Blue))]);
        var picture = $"{PictureForms.Url(child)}/8";

        // Ticked, not saved: the address carries the boxes, as the page's script sends them.
        using (var ticked = SKBitmap.Decode(await sam.Client.GetByteArrayAsync($"{picture}/Frame?small=1&bw=1")))
        {
            Assert.Equal((128, 96), (ticked.Width, ticked.Height));
            Assert.True(Grey(ticked.GetPixel(5, ticked.Height / 2)) && Grey(ticked.GetPixel(ticked.Width - 5, ticked.Height / 2)));
        }
        using (var usual = SKBitmap.Decode(await sam.Client.GetByteArrayAsync($"{picture}/Frame")))
            Assert.True(usual.Width == 320 && usual.GetPixel(5, usual.Height / 2).Red > 200 && !Grey(usual.GetPixel(5, usual.Height / 2)));

        var page = FormPage.Parse(await sam.Client.GetStringAsync(PictureForms.Url(child))).Document;
        var fields = PictureForms.ItemFields(page, "photo-8");
        fields.Add(new("Fields.BlackAndWhite", "true"));
        Assert.Equal(HttpStatusCode.Redirect, (await PictureForms.SaveAsync(sam, child, fields)).StatusCode);

        // Saved: black and white without asking, on the family tree's circle too; unticking shows colour again.
        using (var face = SKBitmap.Decode(await sam.Client.GetByteArrayAsync($"{picture}/Face")))
            Assert.True(Grey(face.GetPixel(5, face.Height / 2)) && face.GetPixel(5, face.Height / 2).Red is > 40 and < 140);
        using (var unticked = SKBitmap.Decode(await sam.Client.GetByteArrayAsync($"{picture}/Frame?bw=0")))
            Assert.False(Grey(unticked.GetPixel(5, unticked.Height / 2)));
        using var upright = SKBitmap.Decode(await sam.Client.GetByteArrayAsync($"{picture}/Upright"));
        Assert.False(Grey(upright.GetPixel(5, upright.Height / 2)));
    }

    /// <summary>Red, green and blue within a JPEG's rounding of each other.</summary>
    private static bool Grey(SKColor colour) =>
        Math.Abs(colour.Red - colour.Green) <= 6 && Math.Abs(colour.Green - colour.Blue) <= 6 && Math.Abs(colour.Red - colour.Blue) <= 6;

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Given_a_photos_form_When_its_caption_people_and_sensitivity_change_Then_only_those_keys_change_and_an_edit_is_audited(string database)
    {
        var host = hosts.For(database);
        var sam = await Session.SignInAsync(host, "sam.social");
        var child = await ImportExportTests.ImportNewAsync(sam, Samples.Zip("maisie"));
        var page = FormPage.Parse(await sam.Client.GetStringAsync(PictureForms.Url(child))).Document;
        Assert.Equal("Me when I was a tiny baby, fast asleep with a big teddy", page.GetElementById("photo-1-caption")!.GetAttribute("value"));
        var fields = PictureForms.ItemFields(page, "photo-1").With("Fields.Caption", "Me fast asleep with my big teddy");
        fields.Add(new("Fields.People", "kelly"));
        fields.Add(new("Fields.BlackAndWhite", "true"));

        var saved = await PictureForms.SaveAsync(sam, child, fields);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var before = Encoding.UTF8.GetString((await PictureForms.FileAtAsync(host, child, 1, "case.yaml"))!);
        var after = Encoding.UTF8.GetString((await PictureForms.FileAtAsync(host, child, 2, "case.yaml"))!);
        var expected = before
            .Replace("caption: Me when I was a tiny baby, fast asleep with a big teddy\n", "caption: Me fast asleep with my big teddy\n", StringComparison.Ordinal)
            .Replace("    focus: { x: 0.65, y: 0.55 }   # keeps baby Maisie in view when the photo is cropped\n",
                "    focus: { x: 0.65, y: 0.55 }   # keeps baby Maisie in view when the photo is cropped\n    people: [kelly]\n    sensitive: { black_and_white: true }\n", StringComparison.Ordinal);
        Assert.Equal(expected, after);
        var edits = await host.WithScopeAsync(s => s.GetRequiredService<LifeStoryDb>().AuditEntries
            .Where(e => e.ChildId == child && e.Action == AuditActions.Edit).Select(e => e.Detail).ToListAsync());
        Assert.Equal(["revision 2: photos[1] caption, people, sensitive"], edits);
    }

    [Fact]
    public async Task Given_two_people_captioning_the_same_photo_When_the_second_saves_Then_they_see_the_others_words_and_keep_their_own()
    {
        var host = hosts.For(Databases.Sqlite);
        var sam = await Session.SignInAsync(host, "sam.social");
        var ruth = await Session.SignInAsync(host, "ruth.manager");
        var child = await ImportExportTests.ImportNewAsync(sam, Samples.Zip("maisie"));
        var samFields = PictureForms.ItemFields(FormPage.Parse(await sam.Client.GetStringAsync(PictureForms.Url(child))).Document, "photo-2");
        var ruthFields = PictureForms.ItemFields(FormPage.Parse(await ruth.Client.GetStringAsync(PictureForms.Url(child))).Document, "photo-2");
        Assert.Equal(HttpStatusCode.Redirect, (await PictureForms.SaveAsync(sam, child, samFields.With("Fields.Caption", "My first steps"))).StatusCode);

        var clash = await PictureForms.SaveAsync(ruth, child, ruthFields.With("Fields.Caption", "Walking in the park"));

        Assert.Equal(HttpStatusCode.OK, clash.StatusCode);
        var page = FormPage.Parse(await clash.Content.ReadAsStringAsync()).Document;
        Assert.Contains("Someone else saved version 2 while you were editing, and changed caption of this photo too.", page.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Walking in the park", page.GetElementById("photo-2-caption")!.GetAttribute("value"));
        Assert.Contains("The other person saved: My first steps", page.GetElementById("photo-2-caption")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, (await PictureForms.LatestFileAsync(host, child, "case.yaml")).Number);

        Assert.Equal(HttpStatusCode.Redirect, (await PictureForms.SaveAsync(ruth, child, PictureForms.ItemFields(page, "photo-2"))).StatusCode);
        Assert.Contains("caption: Walking in the park\n", Encoding.UTF8.GetString((await PictureForms.LatestFileAsync(host, child, "case.yaml")).File!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_a_drawing_When_uploaded_and_the_childs_words_added_Then_it_is_under_drawings_with_a_title_from_its_name()
    {
        var host = hosts.For(Databases.Sqlite);
        var sam = await Session.SignInAsync(host, "sam.social");
        var child = await ImportExportTests.ImportNewAsync(sam, Samples.Zip("maisie"));
        Assert.Equal(HttpStatusCode.Redirect, (await PictureForms.UploadAsync(sam, child, [("my_new_house.jpg", TestPictures.Jpeg(SKColors.White, SKColors.Orange))], "Drawings")).StatusCode);
        var page = FormPage.Parse(await sam.Client.GetStringAsync(PictureForms.Url(child, "Drawings"))).Document;
        var fields = PictureForms.ItemFields(page, "drawing-6").With("Fields.Words", "That's my room at the top.");

        var saved = await PictureForms.SaveAsync(sam, child, fields, "Drawings");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var yaml = Encoding.UTF8.GetString((await PictureForms.LatestFileAsync(host, child, "case.yaml")).File!);
        Assert.Contains("  - id: my-new-house\n    file: drawings/my-new-house.jpg\n    title: My new house\n    words: That's my room at the top.\n", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_a_date_that_is_not_a_date_When_a_photo_is_saved_Then_the_CLIs_message_is_shown_at_the_date_and_nothing_is_saved()
    {
        var host = hosts.For(Databases.Sqlite);
        var sam = await Session.SignInAsync(host, "sam.social");
        var child = await ImportExportTests.ImportNewAsync(sam, Samples.Zip("maisie"));
        var page = FormPage.Parse(await sam.Client.GetStringAsync(PictureForms.Url(child))).Document;

        var response = await PictureForms.SaveAsync(sam, child, PictureForms.ItemFields(page, "photo-0").With("Fields.Date", "2019-02-30"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var after = FormPage.Parse(await response.Content.ReadAsStringAsync()).Document;
        var date = after.GetElementById("photo-0-date")!;
        Assert.Equal("true", date.GetAttribute("aria-invalid"));
        Assert.Equal("2019-02-30", date.GetAttribute("value"));
        var yaml = Encoding.UTF8.GetString((await PictureForms.FileAtAsync(host, child, 1, "case.yaml"))!).Replace("date: 2019-08-03", "date: 2019-02-30", StringComparison.Ordinal);
        var cli = LifeStory.Cases.Loading.CaseLoader.LoadBytes(Encoding.UTF8.GetBytes(yaml), Path.GetTempPath()).Findings.Single(f => f.Field == "photos[0].date");
        Assert.Contains(cli.Message, date.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, (await PictureForms.LatestFileAsync(host, child, "case.yaml")).Number);
    }

    private static IReadOnlyList<MetadataExtractor.Directory> Metadata(byte[] picture) =>
        ImageMetadataReader.ReadMetadata(new MemoryStream(picture))
            .Where(d => d is ExifIfd0Directory or ExifSubIfdDirectory or GpsDirectory or JpegCommentDirectory
                || d.Name is "XMP" or "IPTC" or "ICC Profile" && d is not MetadataExtractor.Formats.Icc.IccDirectory)
            .ToList();
}
