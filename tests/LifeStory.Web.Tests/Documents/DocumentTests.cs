using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using LifeStory.Web.Tests.Support;

namespace LifeStory.Web.Tests.Documents;

/// <summary>Documents come from the CLI's pipeline: previews, PDF, HTML and the manifest of every reader's version agree.</summary>
[Collection(WebCollection.Name)]
public sealed class DocumentTests(SharedHosts hosts)
{
    [Fact]
    public async Task Given_a_childs_review_letter_When_previewed_and_downloaded_Then_pages_PDF_HTML_and_manifest_all_describe_the_same_letter()
    {
        var host = hosts.For(Databases.Sqlite);
        var iris = await Session.SignInAsync(host, "iris.iro");
        var child = (await hosts.MatrixFor(Databases.Sqlite)).Own;
        var letter = $"/Children/{child}/Documents/review-letter";

        var preview = await iris.Client.GetStringAsync($"{letter}/parents");
        var pages = System.Text.RegularExpressions.Regex.Match(preview, @"(\d+) pages?\.").Groups[1].Value;
        Assert.NotEqual("", pages);
        var png = await iris.GetAsync($"{letter}/parents/Pages/1");
        Assert.Equal("image/png", png.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await iris.GetAsync($"{letter}/parents/Pages/{int.Parse(pages, System.Globalization.CultureInfo.InvariantCulture) + 1}")).StatusCode);

        var pdf = await iris.Client.GetByteArrayAsync($"{letter}/parents/Download/pdf");
        Assert.Equal("%PDF"u8.ToArray(), pdf[..4]);
        var html = await iris.Client.GetStringAsync($"{letter}/parents/Download/html");
        Assert.Contains("<html", html, StringComparison.Ordinal);

        using var manifest = JsonDocument.Parse(await iris.Client.GetByteArrayAsync($"{letter}/parents/Download/manifest"));
        var versions = manifest.RootElement.GetProperty("versions").EnumerateArray().ToList();
        Assert.Equal(["child", "parents", "carers", "record"], versions.Select(v => v.GetProperty("reader").GetString()));
        var parents = versions.Single(v => v.GetProperty("reader").GetString() == "parents");
        // The same pipeline with the same input writes the same bytes: the download is the version the manifest lists.
        Assert.Equal(parents.GetProperty("sha256").GetString(), Convert.ToHexStringLower(SHA256.HashData(pdf)));
        Assert.Equal(int.Parse(pages, System.Globalization.CultureInfo.InvariantCulture), parents.GetProperty("pages").GetInt32());
    }

    [Fact]
    public async Task Given_an_unknown_document_or_reader_When_asked_for_Then_there_is_nothing_there()
    {
        var host = hosts.For(Databases.Sqlite);
        var sam = await Session.SignInAsync(host, "sam.social");
        var child = (await hosts.MatrixFor(Databases.Sqlite)).Own;
        Assert.Equal(HttpStatusCode.NotFound, (await sam.GetAsync($"/Children/{child}/Documents/diary/child")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await sam.GetAsync($"/Children/{child}/Documents/book/neighbours")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await sam.GetAsync($"/Children/{child}/Documents/book/child/Download/docx")).StatusCode);
    }
}
