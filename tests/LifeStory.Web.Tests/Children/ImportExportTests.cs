using System.IO.Compression;
using System.Net;
using System.Text;
using LifeStory.Cases.Loading;
using LifeStory.Web.Storage;
using LifeStory.Web.Tests.Support;
using MetadataExtractor;
using MetadataExtractor.Formats.Exif;

namespace LifeStory.Web.Tests.Children;

/// <summary>A case folder goes in as a zip and comes out as one the CLI reads, identical when it goes round again.</summary>
[Collection(WebCollection.Name)]
public sealed class ImportExportTests(SharedHosts hosts)
{
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Given_a_zipped_sample_When_imported_exported_and_imported_again_Then_the_second_export_is_byte_identical(string database)
    {
        var session = await Session.SignInAsync(hosts.For(database), "sam.social");
        var child = await ImportNewAsync(session, Samples.Zip("maisie"));

        var first = await session.Client.GetByteArrayAsync($"/Children/{child}/Export");
        var again = await session.UploadAsync($"/Children/{child}", $"/Children/{child}?handler=Import", first, new() { ["Note"] = "round trip" });
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        var second = await session.Client.GetByteArrayAsync($"/Children/{child}/Export");

        Assert.Equal(first, second);
        var record = await session.Client.GetStringAsync($"/Children/{child}");
        Assert.Contains("Version 2", record, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_an_imported_sample_When_exported_Then_case_yaml_is_unchanged_every_picture_has_no_metadata_and_the_CLI_loads_it()
    {
        var session = await Session.SignInAsync(hosts.For(Databases.Sqlite), "sam.social");
        var child = await ImportNewAsync(session, Samples.Zip("maisie"));
        var zip = await session.Client.GetByteArrayAsync($"/Children/{child}/Export");
        var (contents, problem) = CaseZip.Read(new MemoryStream(zip));
        Assert.Null(problem);

        var original = Samples.Folder("maisie");
        Assert.Equal(original.Files.Select(f => f.Path), contents!.Files.Select(f => f.Path));
        Assert.Equal(original.Find("case.yaml")!.Content, contents.Find("case.yaml")!.Content);
        var photosWithExif = original.Files.Where(f => f.Path.EndsWith(".jpg", StringComparison.Ordinal) && HasExif(f.Content)).ToList();
        Assert.NotEmpty(photosWithExif); // the samples' camera photos carry EXIF, GPS included: there is something to strip
        foreach (var file in contents.Files.Where(f => ImportedPictures.IsPicture(f.Path)))
        {
            Assert.True(MetadataScan.IsClean(file.Content), $"{file.Path} still carries metadata");
            Assert.False(HasExif(file.Content), $"{file.Path} still has EXIF");
        }

        var folder = Path.Combine(Path.GetTempPath(), "lifestory-export-" + Guid.NewGuid().ToString("N"));
        try
        {
            ZipFile.ExtractToDirectory(new MemoryStream(zip), folder);
            var loaded = CaseLoader.Load(folder);
            Assert.NotNull(loaded.Case);
            Assert.DoesNotContain(loaded.Findings, f => f.IsError);
        }
        finally
        {
            System.IO.Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Given_a_case_folder_with_an_iPhone_HEIC_When_imported_Then_it_is_stored_as_a_JPEG_without_metadata_and_case_yaml_follows_it()
    {
        var session = await Session.SignInAsync(hosts.For(Databases.Sqlite), "sam.social");
        var sample = Samples.Folder("maisie");
        var yaml = Encoding.UTF8.GetString(sample.Find("case.yaml")!.Content).Replace("file: photos/baby-maisie.jpg", "file: photos/baby-maisie.heic", StringComparison.Ordinal);
        var heic = Editing.TestPictures.IPhoneHeic();
        Assert.True(ImageMetadataReader.ReadMetadata(new MemoryStream(heic)).OfType<GpsDirectory>().Any()); // there is a location to lose
        var folder = new CaseFolderContents(sample.Files.Where(f => f.Path is not ("photos/baby-maisie.jpg" or "case.yaml"))
            .Append(new CaseFile("photos/baby-maisie.heic", heic)).Append(new CaseFile("case.yaml", Encoding.UTF8.GetBytes(yaml))));

        var child = await ImportNewAsync(session, CaseZip.Write(folder));

        var (contents, problem) = CaseZip.Read(new MemoryStream(await session.Client.GetByteArrayAsync($"/Children/{child}/Export")));
        Assert.Null(problem);
        Assert.Null(contents!.Find("photos/baby-maisie.heic"));
        var photo = contents.Find("photos/baby-maisie.jpg")!.Content;
        Assert.Equal([0xFF, 0xD8], photo[..2]);
        Assert.True(MetadataScan.IsClean(photo));
        Assert.False(HasExif(photo));
        var stored = Encoding.UTF8.GetString(contents.Find("case.yaml")!.Content);
        Assert.Equal(Encoding.UTF8.GetString(sample.Find("case.yaml")!.Content), stored);
    }

    [Fact]
    public async Task Given_a_case_with_a_misspelt_field_When_uploaded_Then_the_page_shows_the_CLI_check_at_its_line_and_nothing_is_saved()
    {
        var session = await Session.SignInAsync(hosts.For(Databases.Sqlite), "sam.social");
        var sample = Samples.Folder("maisie");
        var yaml = Encoding.UTF8.GetString(sample.Find("case.yaml")!.Content);
        var line = yaml.Split('\n').ToList().FindIndex(l => l.TrimStart().StartsWith("preferred_name:", StringComparison.Ordinal)) + 1;
        var broken = sample.With(new CaseFile("case.yaml", Encoding.UTF8.GetBytes(yaml.Replace("preferred_name:", "prefered_name:", StringComparison.Ordinal))));
        var before = await session.Client.GetStringAsync("/Children");

        var response = await session.UploadAsync("/Children", "/Children?handler=Import", CaseZip.Write(broken));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Nothing was saved", page, StringComparison.Ordinal);
        Assert.Contains($"case.yaml, line {line}", page, StringComparison.Ordinal);
        Assert.Contains("preferred_name", page, StringComparison.Ordinal);
        Assert.Equal(Count(before), Count(await session.Client.GetStringAsync("/Children")));
    }

    [Theory]
    [InlineData("not a zip at all", "not a zip file")]
    [InlineData(null, "has no case.yaml")]
    public async Task Given_an_upload_that_is_not_a_case_folder_When_imported_Then_the_page_says_why(string? text, string expected)
    {
        var session = await Session.SignInAsync(hosts.For(Databases.Sqlite), "sam.social");
        var upload = text is not null ? Encoding.UTF8.GetBytes(text) : CaseZip.Write(new CaseFolderContents([new CaseFile("notes.txt", "hello"u8.ToArray())]));
        var response = await session.UploadAsync("/Children", "/Children?handler=Import", upload);
        Assert.Contains(expected, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    public static async Task<Guid> ImportNewAsync(Session session, byte[] zip)
    {
        var response = await session.UploadAsync("/Children", "/Children?handler=Import", zip);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return Guid.Parse(response.Headers.Location!.OriginalString.Split('/')[^1]);
    }

    private static int Count(string list) => list.Split("href=\"/Children/").Length;

    private static bool HasExif(byte[] picture) =>
        ImageMetadataReader.ReadMetadata(new MemoryStream(picture)).Any(d => d is ExifIfd0Directory or GpsDirectory or ExifSubIfdDirectory);
}
