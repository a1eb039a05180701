using System.Net;
using System.Text;
using LifeStory.Cases.Loading;
using LifeStory.Checking;
using LifeStory.Web.Children;
using LifeStory.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace LifeStory.Web.Tests.Children;

/// <summary>A child's book started from nothing in the browser: only the details every case needs, checked as the CLI checks them.</summary>
[Collection(WebCollection.Name)]
public sealed class NewChildTests(SharedHosts hosts)
{
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Given_the_first_details_When_a_social_worker_starts_a_book_Then_version_1_holds_exactly_them_and_the_details_form_opens(string database)
    {
        var host = hosts.For(database);
        var sam = await Session.SignInAsync(host, "sam.social");

        var response = await sam.PostFormAsync("/Children", "/Children?handler=New", First("Ava Mae Test", "Ava", "2019-03-02", "she", "Polish"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var form = response.Headers.Location!.OriginalString;
        Assert.Matches("^/Children/[0-9a-f-]{36}/Edit/Child$", form);
        var child = Guid.Parse(form.Split('/')[2]);
        var yaml = await host.WithScopeAsync(async s =>
        {
            var store = s.GetRequiredService<RevisionStore>();
            var first = await store.FindAsync(child, 1, CancellationToken.None);
            return Encoding.UTF8.GetString((await store.ReadFileAsync(first!, "case.yaml", CancellationToken.None))!);
        });
        Assert.Equal("child:\n  legal_name: Ava Mae Test\n  preferred_name: Ava\n  date_of_birth: 2019-03-02\n  pronouns: she\n  first_language: Polish\n", yaml);
        Assert.Equal("Ava", (await FormPage.OpenAsync(sam, form)).Fields()["Values[child.preferred_name]"]);
    }

    [Fact]
    public async Task Given_a_date_of_birth_that_is_not_a_date_When_the_book_is_started_Then_the_CLIs_message_is_shown_and_nothing_is_saved()
    {
        var host = hosts.For(Databases.Sqlite);
        var sam = await Session.SignInAsync(host, "sam.social");
        var before = await sam.Client.GetStringAsync("/Children");

        var response = await sam.PostFormAsync("/Children", "/Children?handler=New", First("Ava Test", "Ava", "2019-02-30", "she", "English"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        var yaml = "child:\n  legal_name: Ava Test\n  preferred_name: Ava\n  date_of_birth: 2019-02-30\n  pronouns: she\n  first_language: English\n";
        var cli = CaseLoader.LoadBytes(Encoding.UTF8.GetBytes(yaml), Path.GetTempPath()).Findings.Single(f => f.IsError);
        Assert.Contains(cli.Message, page, StringComparison.Ordinal);
        Assert.Contains("Nothing was saved.", page, StringComparison.Ordinal);
        Assert.Equal(Count(before), Count(await sam.Client.GetStringAsync("/Children")));
    }

    [Fact]
    public async Task Given_an_IRO_When_they_try_to_start_a_book_Then_they_are_refused()
    {
        var host = hosts.For(Databases.Sqlite);
        var iris = await Session.SignInAsync(host, "iris.iro");

        // The sign-out page gives everyone a form token: the IRO has no "start a book" form to take one from.
        var response = await iris.PostFormAsync("/Accounts/SignOut", "/Children?handler=New", First("Ava Test", "Ava", "2019-03-02", "she", "English"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static Dictionary<string, string> First(string legal, string preferred, string born, string pronouns, string language) => new()
    {
        ["First[legal_name]"] = legal,
        ["First[preferred_name]"] = preferred,
        ["First[date_of_birth]"] = born,
        ["First[pronouns]"] = pronouns,
        ["First[first_language]"] = language,
    };

    private static int Count(string list) => list.Split("href=\"/Children/", StringSplitOptions.None).Length;
}
