using System.Net;
using System.Text;
using System.Text.Json;
using LifeStory.Web.Data;
using LifeStory.Web.Tests.Children;
using LifeStory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LifeStory.Web.Tests.Editing;

/// <summary>
/// Writing a child's book with others and over time: unsaved words kept as an encrypted draft only their writer can
/// read, closed by a save; and each person editing the child told who else is.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class EditingTogetherTests(SharedHosts hosts)
{
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Given_words_typed_and_not_saved_When_the_form_is_opened_again_Then_only_their_writer_gets_the_draft_until_the_form_is_saved(string database)
    {
        var host = hosts.For(database);
        var sam = await Session.SignInAsync(host, "sam.social");
        var ruth = await Session.SignInAsync(host, "ruth.manager");
        var child = await ImportExportTests.ImportNewAsync(sam, Samples.Zip("maisie"));
        var fields = (await FormPage.OpenAsync(sam, Form(child))).Fields();
        fields["Values[child.favourite_colour]"] = "a shade of lilac nobody has saved";

        var kept = await sam.PostFormAsync(Form(child), Drafts(child) + "&handler=Keep", new() { ["Fields"] = JsonSerializer.Serialize(fields) });

        Assert.Equal(HttpStatusCode.NoContent, kept.StatusCode);
        using (var draft = JsonDocument.Parse(await sam.Client.GetStringAsync(Drafts(child))))
        {
            Assert.Equal("a shade of lilac nobody has saved", draft.RootElement.GetProperty("fields").GetProperty("Values[child.favourite_colour]").GetString());
            Assert.Equal("1", draft.RootElement.GetProperty("fields").GetProperty("BaseRevision").GetString());
        }
        Assert.Equal(HttpStatusCode.NoContent, (await ruth.GetAsync(Drafts(child))).StatusCode);
        // Encrypted at rest like the case itself: the words are nowhere in the database file.
        var stored = await host.WithScopeAsync(async services => await services.GetRequiredService<LifeStoryDb>().Drafts.AsNoTracking().SingleAsync(d => d.ChildId == child));
        Assert.DoesNotContain("lilac", Encoding.UTF8.GetString(stored.Sealed), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await sam.PostFormAsync(Form(child), Form(child), fields)).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await sam.GetAsync(Drafts(child))).StatusCode);
        var closed = await host.WithScopeAsync(async services => await services.GetRequiredService<LifeStoryDb>().Drafts.AsNoTracking().SingleAsync(d => d.ChildId == child));
        Assert.NotNull(closed.ClosedUtc);
    }

    [Theory]
    [InlineData("[\"a list, not fields\"]")]
    [InlineData("{\"Values[child.favourite_colour]\":{\"nested\":\"object\"}}")]
    [InlineData("not json at all")]
    public async Task Given_a_draft_that_is_not_a_map_of_fields_When_kept_Then_it_is_refused(string body)
    {
        var host = hosts.For(Databases.Sqlite);
        var sam = await Session.SignInAsync(host, "sam.social");
        var child = await ImportExportTests.ImportNewAsync(sam, Samples.Zip("maisie"));

        var response = await sam.PostFormAsync(Form(child), Drafts(child) + "&handler=Keep", new() { ["Fields"] = body });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Given_a_draft_address_for_another_childs_form_When_asked_Then_it_is_refused()
    {
        var host = hosts.For(Databases.Sqlite);
        var sam = await Session.SignInAsync(host, "sam.social");
        var child = await ImportExportTests.ImportNewAsync(sam, Samples.Zip("maisie"));
        var other = await ImportExportTests.ImportNewAsync(sam, Samples.Zip("yusuf"));

        var response = await sam.GetAsync($"/Children/{child}/Drafts?form=/Children/{other}/Edit/Child");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Given_two_people_with_a_childs_forms_open_When_each_checks_in_Then_each_is_told_the_other_is_editing_and_which_form()
    {
        var host = hosts.For(Databases.Sqlite);
        var sam = await Session.SignInAsync(host, "sam.social");
        var ruth = await Session.SignInAsync(host, "ruth.manager");
        var child = await ImportExportTests.ImportNewAsync(sam, Samples.Zip("maisie"));

        var alone = await sam.Client.GetStringAsync(Presence(child, Form(child)));
        var ruthSees = WebUtility.HtmlDecode(await ruth.Client.GetStringAsync(Presence(child, $"/Children/{child}/Edit/People")));
        var samSees = WebUtility.HtmlDecode(await sam.Client.GetStringAsync(Presence(child, Form(child))));

        Assert.DoesNotContain("also editing", alone, StringComparison.Ordinal);
        Assert.Contains("Sam Okafor is also editing the child's details, just now.", ruthSees, StringComparison.Ordinal);
        Assert.Contains("Ruth Adams is also editing the people, just now.", samSees, StringComparison.Ordinal);
    }

    private static string Form(Guid child) => $"/Children/{child}/Edit/Child";

    private static string Drafts(Guid child) => $"/Children/{child}/Drafts?form=/Children/{child}/Edit/Child";

    private static string Presence(Guid child, string form) => $"/Children/{child}/Presence?form={form}";
}
