using System.Net;
using LifeStory.Web.Tests.Support;

namespace LifeStory.Web.Tests.Children;

/// <summary>Every save is a new version; restoring adds one; the book's sign-off is a new version written by a second person.</summary>
[Collection(WebCollection.Name)]
public sealed class RevisionTests(SharedHosts hosts)
{
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Given_a_draft_book_When_a_manager_who_did_not_write_it_signs_it_off_Then_a_new_version_carries_the_sign_off_and_the_book_is_no_longer_a_draft(string database)
    {
        var host = hosts.For(database);
        var sam = await Session.SignInAsync(host, "sam.social");
        var child = await ImportExportTests.ImportNewAsync(sam, Samples.Zip("yusuf"));
        var ruth = await Session.SignInAsync(host, "ruth.manager");
        Assert.Contains("Draft — not yet checked", await ruth.Client.GetStringAsync($"/Children/{child}/Documents/book/record"), StringComparison.Ordinal);

        var signed = await ruth.PostFormAsync($"/Children/{child}", $"/Children/{child}?handler=SignOff", []);

        Assert.Equal(HttpStatusCode.Redirect, signed.StatusCode);
        var version = WebUtility.HtmlDecode(await ruth.Client.GetStringAsync($"/Children/{child}/Revisions/2"));
        Assert.Contains("+   sign_off:", version, StringComparison.Ordinal);
        Assert.Contains("checked_by: \"Ruth Adams, team manager\"", version, StringComparison.Ordinal);
        var record = WebUtility.HtmlDecode(await ruth.Client.GetStringAsync($"/Children/{child}"));
        Assert.Contains("Signed off", record, StringComparison.Ordinal);
        Assert.DoesNotContain("sign it off", record, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_a_manager_who_saved_the_latest_version_When_she_signs_the_book_off_Then_she_is_told_someone_else_must()
    {
        var host = hosts.For(Databases.Sqlite);
        var ruth = await Session.SignInAsync(host, "ruth.manager");
        var child = await ImportExportTests.ImportNewAsync(ruth, Samples.Zip("yusuf"));

        var response = await ruth.PostFormAsync($"/Children/{child}", $"/Children/{child}?handler=SignOff", []);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("someone who did not write it", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("Version 2", await ruth.Client.GetStringAsync($"/Children/{child}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_two_versions_When_the_first_is_restored_Then_a_third_version_holds_exactly_the_first_ones_files()
    {
        var host = hosts.For(Databases.Sqlite);
        var sam = await Session.SignInAsync(host, "sam.social");
        var child = await ImportExportTests.ImportNewAsync(sam, Samples.Zip("maisie"));
        var original = await sam.Client.GetByteArrayAsync($"/Children/{child}/Export");
        var edited = Samples.Folder("maisie");
        var yaml = System.Text.Encoding.UTF8.GetString(edited.Find("case.yaml")!.Content).Replace("favourite_thing: rabbits", "favourite_thing: cats", StringComparison.Ordinal);
        edited = edited.With(new LifeStory.Web.Storage.CaseFile("case.yaml", System.Text.Encoding.UTF8.GetBytes(yaml)));
        Assert.Equal(HttpStatusCode.Redirect, (await sam.UploadAsync($"/Children/{child}", $"/Children/{child}?handler=Import", LifeStory.Web.Storage.CaseZip.Write(edited))).StatusCode);
        var second = WebUtility.HtmlDecode(await sam.Client.GetStringAsync($"/Children/{child}/Revisions/2"));
        Assert.Contains("-   favourite_thing: rabbits", second, StringComparison.Ordinal);
        Assert.Contains("+   favourite_thing: cats", second, StringComparison.Ordinal);

        var restored = await sam.PostFormAsync($"/Children/{child}", $"/Children/{child}?handler=Restore", new() { ["number"] = "1" });

        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        Assert.Contains("Restored version 1", await sam.Client.GetStringAsync($"/Children/{child}"), StringComparison.Ordinal);
        Assert.Equal(original, await sam.Client.GetByteArrayAsync($"/Children/{child}/Export"));
        var third = WebUtility.HtmlDecode(await sam.Client.GetStringAsync($"/Children/{child}/Revisions/3?Compare=1"));
        Assert.Contains("from version 1 to version 3", third, StringComparison.Ordinal);
        Assert.Contains("No changes to case.yaml", third, StringComparison.Ordinal);
        var againstSecond = WebUtility.HtmlDecode(await sam.Client.GetStringAsync($"/Children/{child}/Revisions/3?Compare=2"));
        Assert.Contains("+   favourite_thing: rabbits", againstSecond, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_a_record_When_archived_Then_it_is_kept_openable_and_marked_and_can_be_brought_back()
    {
        var host = hosts.For(Databases.Sqlite);
        var sam = await Session.SignInAsync(host, "sam.social");
        var child = await ImportExportTests.ImportNewAsync(sam, Samples.Zip("maisie"));

        Assert.Equal(HttpStatusCode.Redirect, (await sam.PostFormAsync($"/Children/{child}", $"/Children/{child}?handler=Archive", [])).StatusCode);
        Assert.Contains("This record is archived", await sam.Client.GetStringAsync($"/Children/{child}"), StringComparison.Ordinal);
        Assert.Contains("(archived)", await sam.Client.GetStringAsync("/Children"), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await sam.PostFormAsync($"/Children/{child}", $"/Children/{child}?handler=Unarchive", [])).StatusCode);
        Assert.DoesNotContain("This record is archived", await sam.Client.GetStringAsync($"/Children/{child}"), StringComparison.Ordinal);
    }
}
