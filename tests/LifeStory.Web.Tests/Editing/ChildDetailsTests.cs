using System.Net;
using System.Text;
using LifeStory.Cases.Loading;
using LifeStory.Web.Children;
using LifeStory.Web.Tests.Children;
using LifeStory.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace LifeStory.Web.Tests.Editing;

/// <summary>
/// The child's details edited in a form: a save changes exactly the fields changed and is a new version; the checks
/// are the CLI's, shown at the field; two people editing at once never lose a change.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class ChildDetailsTests(SharedHosts hosts)
{
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Given_the_form_When_the_favourite_colour_is_changed_Then_the_new_version_differs_by_that_line_alone(string database)
    {
        var host = hosts.For(database);
        var sam = await Session.SignInAsync(host, "sam.social");
        var child = await ImportExportTests.ImportNewAsync(sam, Samples.Zip("maisie"));
        var form = await FormPage.OpenAsync(sam, Url(child));
        var fields = form.Fields();
        Assert.Equal("Maisie", fields["Values[child.preferred_name]"]);

        fields["Values[child.favourite_colour]"] = "sea green";
        var saved = await sam.PostFormAsync(Url(child), Url(child), fields);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal($"{Url(child)}?saved=2", saved.Headers.Location!.OriginalString);
        var before = CaseYaml(await VersionAsync(host, child, 1));
        var after = CaseYaml(await VersionAsync(host, child, 2));
        Assert.Equal(Lines(before).Where(l => !l.Contains("favourite_colour", StringComparison.Ordinal)), Lines(after).Where(l => !l.Contains("favourite_colour", StringComparison.Ordinal)));
        Assert.Contains("  favourite_colour: sea green", Lines(after));
        Assert.Contains("Changed in the form: favourite colour", WebUtility.HtmlDecode(await sam.Client.GetStringAsync($"/Children/{child}")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_the_privacy_choices_When_hidden_people_are_left_out_and_the_parents_may_see_the_carers_surnames_Then_case_yaml_gains_exactly_that()
    {
        var host = hosts.For(Databases.Sqlite);
        var sam = await Session.SignInAsync(host, "sam.social");
        var child = await ImportExportTests.ImportNewAsync(sam, Samples.Zip("maisie"));
        var form = await FormPage.OpenAsync(sam, Url(child));
        var fields = form.Fields();
        Assert.Equal("describe", fields["Values[privacy.hidden_people]"]);
        Assert.Equal(["carers_surnames", "adopters_surnames", "adopters_towns", "adopters_schools"],
            form.Document.QuerySelectorAll("input[name='Values[privacy.parents_may_see]']").Select(b => b.GetAttribute("value")));

        fields["Values[privacy.hidden_people]"] = "leave_out";
        fields["Values[privacy.parents_may_see]"] = "carers_surnames, adopters_towns";
        var saved = await sam.PostFormAsync(Url(child), Url(child), fields);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var before = CaseYaml(await VersionAsync(host, child, 1));
        var after = CaseYaml(await VersionAsync(host, child, 2));
        Assert.Equal(before + "privacy:\n  hidden_people: leave_out\n  parents_may_see: [carers_surnames, adopters_towns]\n", after);
        var privacy = LifeStory.Cases.Loading.CaseLoader.LoadBytes(System.Text.Encoding.UTF8.GetBytes(after), Path.GetTempPath()).Case!.Model.Privacy;
        Assert.Equal(LifeStory.Cases.Model.HiddenPeopleRule.LeaveOut, privacy.HiddenPeople);
        Assert.Equal([LifeStory.Cases.Model.ProtectedDetail.CarersSurnames, LifeStory.Cases.Model.ProtectedDetail.AdoptersTowns], privacy.ParentsMaySee);
        var reopened = (await FormPage.OpenAsync(sam, Url(child))).Fields();
        Assert.Equal("carers_surnames, adopters_towns", reopened["Values[privacy.parents_may_see]"]);
    }

    [Fact]
    public async Task Given_a_date_of_birth_that_is_not_a_date_When_saved_Then_the_CLIs_own_message_is_shown_at_that_field_and_nothing_is_saved()
    {
        var host = hosts.For(Databases.Sqlite);
        var sam = await Session.SignInAsync(host, "sam.social");
        var child = await ImportExportTests.ImportNewAsync(sam, Samples.Zip("maisie"));
        var fields = (await FormPage.OpenAsync(sam, Url(child))).Fields();
        fields["Values[child.date_of_birth]"] = "2019-02-30";

        var response = await sam.PostFormAsync(Url(child), Url(child), fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = FormPage.Parse(await response.Content.ReadAsStringAsync()).Document;
        var beside = page.GetElementById("field-child-date_of_birth")!.ParentElement!.TextContent;
        // What `lifestory check` says about the same case.yaml, word for word.
        var yaml = CaseYaml(await VersionAsync(host, child, 1)).Replace("date_of_birth: 2019-06-12", "date_of_birth: 2019-02-30", StringComparison.Ordinal);
        var cli = CaseLoader.LoadBytes(Encoding.UTF8.GetBytes(yaml), Path.GetTempPath()).Findings.Single(f => f.Field == "child.date_of_birth");
        Assert.Contains(cli.Message, Squash(beside), StringComparison.Ordinal);
        Assert.Contains(cli.Fix!, Squash(beside), StringComparison.Ordinal);
        Assert.Equal("true", page.GetElementById("field-child-date_of_birth")!.GetAttribute("aria-invalid"));
        Assert.DoesNotContain("Version 2", await sam.Client.GetStringAsync($"/Children/{child}"), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Given_two_people_with_the_form_open_When_they_change_different_fields_Then_both_changes_are_kept(string database)
    {
        var host = hosts.For(database);
        var sam = await Session.SignInAsync(host, "sam.social");
        var ruth = await Session.SignInAsync(host, "ruth.manager");
        var child = await ImportExportTests.ImportNewAsync(sam, Samples.Zip("maisie"));
        var samFields = (await FormPage.OpenAsync(sam, Url(child))).Fields();
        var ruthFields = (await FormPage.OpenAsync(ruth, Url(child))).Fields();

        samFields["Values[child.favourite_colour]"] = "sea green";
        Assert.Equal(HttpStatusCode.Redirect, (await sam.PostFormAsync(Url(child), Url(child), samFields)).StatusCode);
        ruthFields["Values[book.title]"] = "Maisie's own book";
        Assert.Equal(HttpStatusCode.Redirect, (await ruth.PostFormAsync(Url(child), Url(child), ruthFields)).StatusCode);

        var latest = (await FormPage.OpenAsync(sam, Url(child))).Fields();
        Assert.Equal("sea green", latest["Values[child.favourite_colour]"]);
        Assert.Equal("Maisie's own book", latest["Values[book.title]"]);
    }

    [Fact]
    public async Task Given_two_people_changing_the_same_field_When_the_second_saves_Then_they_are_shown_the_others_value_and_a_second_save_keeps_theirs()
    {
        var host = hosts.For(Databases.Sqlite);
        var sam = await Session.SignInAsync(host, "sam.social");
        var ruth = await Session.SignInAsync(host, "ruth.manager");
        var child = await ImportExportTests.ImportNewAsync(sam, Samples.Zip("maisie"));
        var samFields = (await FormPage.OpenAsync(sam, Url(child))).Fields();
        var ruthFields = (await FormPage.OpenAsync(ruth, Url(child))).Fields();
        samFields["Values[child.favourite_colour]"] = "sea green";
        await sam.PostFormAsync(Url(child), Url(child), samFields);

        ruthFields["Values[child.favourite_colour]"] = "orange";
        var clash = await ruth.PostFormAsync(Url(child), Url(child), ruthFields);

        Assert.Equal(HttpStatusCode.OK, clash.StatusCode);
        var form = FormPage.Parse(await clash.Content.ReadAsStringAsync());
        var page = form.Document;
        Assert.Contains("Someone else saved version 2 while you were editing, and changed favourite colour too.", page.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("The other person saved: sea green", Squash(page.GetElementById("field-child-favourite_colour")!.ParentElement!.TextContent), StringComparison.Ordinal);
        Assert.Equal("orange", page.GetElementById("field-child-favourite_colour")!.GetAttribute("value"));
        Assert.DoesNotContain("Version 3", await sam.Client.GetStringAsync($"/Children/{child}"), StringComparison.Ordinal);

        // Saving again, from the form as it came back, keeps what Ruth typed.
        var again = form.Fields();
        Assert.Equal(HttpStatusCode.Redirect, (await ruth.PostFormAsync(Url(child), Url(child), again)).StatusCode);
        Assert.Equal("orange", (await FormPage.OpenAsync(ruth, Url(child))).Fields()["Values[child.favourite_colour]"]);
    }

    private static string Url(Guid child) => $"/Children/{child}/Edit/Child";

    private static Task<byte[]> VersionAsync(WebHost host, Guid child, int version) => host.WithScopeAsync(async s =>
    {
        var store = s.GetRequiredService<RevisionStore>();
        var revision = await store.FindAsync(child, version, CancellationToken.None) ?? throw new InvalidOperationException($"No version {version}");
        return (await store.ReadFileAsync(revision, "case.yaml", CancellationToken.None))!;
    });

    private static string CaseYaml(byte[] exported) => Encoding.UTF8.GetString(exported);

    private static string[] Lines(string text) => text.Split('\n');

    private static string Squash(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
