using System.IO.Compression;
using System.Net;
using System.Text;
using LifeStory.Web.Audit;
using LifeStory.Web.Data;
using LifeStory.Web.Tests.Children;
using LifeStory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LifeStory.Web.Tests.Admin;

/// <summary>
/// A council's own templates: uploaded by an administrator, tried on the sample children before anyone's book uses
/// them, put in use, and put back — each step audited, nothing deleted, a broken set never live.
/// </summary>
public sealed class CouncilTemplateTests
{
    private const string Wording = "Made with love for {{ child.name }}, from everyone at Northshire Council";

    private const string MadeWithLove = "{{ t \"book_made_with_love\" }}";

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Given_a_councils_cover_When_uploaded_tried_and_put_in_use_Then_books_use_it_until_the_shipped_templates_are_put_back(string database)
    {
        // A host of its own: a set in use changes every book the app makes.
        using var host = new WebHost(database);
        var alex = await Session.SignInAsync(host, "alex.admin");
        var sam = await Session.SignInAsync(host, "sam.social");
        var child = await ImportExportTests.ImportNewAsync(sam, Samples.Zip("maisie"));
        var book = $"/Children/{child}/Documents/book/child/Download/html";
        Assert.DoesNotContain("Northshire", await sam.Client.GetStringAsync(book), StringComparison.Ordinal);

        // The shipped cover takes its words from the language catalogue; the council writes its own in their place.
        var councilCover = Shipped("book/cover.sbn").Replace(MadeWithLove, Wording, StringComparison.Ordinal);
        Assert.Contains(Wording, councilCover, StringComparison.Ordinal);
        var uploaded = await UploadAsync(alex, Zip(("templates/book/cover.sbn", councilCover)), "Our council's name on the cover");

        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        Assert.Equal("/Admin/Templates/1", uploaded.Headers.Location!.OriginalString);
        var trial = WebUtility.HtmlDecode(await alex.Client.GetStringAsync("/Admin/Templates/1"));
        Assert.Contains("without an error", trial, StringComparison.Ordinal);
        // The "templates/" folder the zip was made from is not part of a template's name.
        Assert.Contains("<code>book/cover.sbn</code>", trial, StringComparison.Ordinal);
        // Every sample, every product it has, every reader: each made, with a link to its pages.
        foreach (var sample in new[] { "maisie", "yusuf" })
            foreach (var reader in new[] { "Child", "Carers", "Parents", "Record" })
                Assert.Contains($"?sample={sample}&product=Book&reader={reader}#pages", trial, StringComparison.Ordinal);
        var cover = await alex.Client.GetAsync("/Admin/Templates/1?handler=Page&at=1&sample=maisie&product=Book&reader=Child");
        Assert.Equal("image/png", cover.Content.Headers.ContentType!.MediaType);
        Assert.DoesNotContain("Northshire", await sam.Client.GetStringAsync(book), StringComparison.Ordinal);

        await UseAsync(alex, 1);
        Assert.Contains("Made with love for Maisie, from everyone at Northshire Council", WebUtility.HtmlDecode(await sam.Client.GetStringAsync(book)), StringComparison.Ordinal);

        await UseAsync(alex, null);
        Assert.DoesNotContain("Northshire", await sam.Client.GetStringAsync(book), StringComparison.Ordinal);
        var list = await alex.Client.GetStringAsync("/Admin/Templates");
        Assert.Contains("Use set 1", list, StringComparison.Ordinal);
        var audited = await host.WithScopeAsync(async services => await services.GetRequiredService<LifeStoryDb>().AuditEntries
            .Where(e => e.Action == AuditActions.Templates).OrderBy(e => e.Id).Select(e => e.Detail).ToListAsync());
        Assert.Equal(3, audited.Count);
        Assert.StartsWith("uploaded template set 1 (1 files, sha256 ", audited[0], StringComparison.Ordinal);
        Assert.Equal("put template set 1 in use, instead of the shipped templates", audited[1]);
        Assert.Equal("put the shipped templates in use, instead of set 1", audited[2]);
    }

    [Fact]
    public async Task Given_a_template_with_a_misspelt_variable_When_uploaded_Then_the_trial_names_its_file_and_line_and_it_cannot_be_put_in_use()
    {
        using var host = new WebHost(Databases.Sqlite);
        var alex = await Session.SignInAsync(host, "alex.admin");
        var broken = Shipped("book/cover.sbn").Replace(MadeWithLove, "{{ child.nmae }}", StringComparison.Ordinal);
        Assert.Contains("child.nmae", broken, StringComparison.Ordinal);
        var line = Array.FindIndex(broken.Split('\n'), l => l.Contains("child.nmae", StringComparison.Ordinal)) + 1;

        Assert.Equal(HttpStatusCode.Redirect, (await UploadAsync(alex, Zip(("book/cover.sbn", broken)), "")).StatusCode);

        var trial = WebUtility.HtmlDecode(await alex.Client.GetStringAsync("/Admin/Templates/1"));
        Assert.Contains("cannot be used", trial, StringComparison.Ordinal);
        Assert.Contains($"templates/book/cover.sbn, line {line}", trial, StringComparison.Ordinal);
        Assert.Contains("nmae", trial, StringComparison.Ordinal);
        var refused = WebUtility.HtmlDecode(await (await UseResponseAsync(alex, 1)).Content.ReadAsStringAsync());
        Assert.Contains("Set 1 made errors on the sample children, so it cannot be used.", refused, StringComparison.Ordinal);
        Assert.Contains("The templates shipped with LifeStory.", refused, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("book/../../etc/cover.sbn", "is not inside one of the template folders")]
    [InlineData("scripts/cover.sbn", "is in a folder the engine does not read templates from")]
    [InlineData("book/run.sh", "is not a template (.sbn) or a word list or setting (.yaml)")]
    public async Task Given_a_zip_with_a_file_a_templates_folder_cannot_hold_When_uploaded_Then_it_is_refused_by_name_and_nothing_is_stored(string path, string message)
    {
        using var host = new WebHost(Databases.Sqlite);
        var alex = await Session.SignInAsync(host, "alex.admin");

        var response = await UploadAsync(alex, Zip(("book/cover.sbn", Shipped("book/cover.sbn")), (path, "text")), "");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains(message, page, StringComparison.Ordinal);
        Assert.Contains("Nothing was stored.", page, StringComparison.Ordinal);
        Assert.Equal(0, await host.WithScopeAsync(services => services.GetRequiredService<LifeStoryDb>().TemplateSets.CountAsync()));
    }

    internal static string Shipped(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "templates", name));

    internal static byte[] Zip(params (string Path, string Text)[] files)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (path, text) in files)
            {
                using var stream = zip.CreateEntry(path).Open();
                stream.Write(Encoding.UTF8.GetBytes(text));
            }
        return buffer.ToArray();
    }

    internal static Task<HttpResponseMessage> UploadAsync(Session admin, byte[] zip, string note) =>
        admin.UploadAsync("/Admin/Templates", "/Admin/Templates?handler=Upload", zip, new Dictionary<string, string> { ["Note"] = note });

    internal static async Task UseAsync(Session admin, int? number) =>
        Assert.Equal(HttpStatusCode.OK, (await UseResponseAsync(admin, number)).StatusCode);

    internal static Task<HttpResponseMessage> UseResponseAsync(Session admin, int? number) =>
        admin.PostFormAsync("/Admin/Templates", "/Admin/Templates?handler=Use",
            number is { } n ? new Dictionary<string, string> { ["number"] = n.ToString(System.Globalization.CultureInfo.InvariantCulture) } : []);
}
