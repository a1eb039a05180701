using System.Net;
using System.Text;
using LifeStory.Audiences;
using LifeStory.Cases.Loading;
using LifeStory.Cases.Model;
using LifeStory.Checking;
using LifeStory.Web.Children;
using LifeStory.Web.Tests.Children;
using LifeStory.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace LifeStory.Web.Tests.Editing;

/// <summary>
/// The case's lists edited in forms: adding, changing and taking out an item each make a new version that differs
/// from the one before by that change alone; the CLI's own messages show at the field; a clash is shown, not lost.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class ListFormTests(SharedHosts hosts)
{
    public static TheoryData<string, string, string, string, string> Lists => new()
    {
        { "People", "id=ava;name=Ava Jones;relationship=my best friend;group=others", "known_as", "Ava J", "people" },
        { "Homes", "id=grans;name=Gran's house;kind=other;from=2021-03;to=2021-04", "town", "York", "homes" },
        { "Schools", "id=acorns;name=Little Acorns Nursery;from=2022-09;to=2023-07", "about", "Maisie played in the sand pit.", "schools" },
        { "Timeline", "date=2025-12;title=A snowy day", "words", "Maisie and Leo built a snowman called Bob.", "timeline" },
        { "MyWords", "words=I like my purple curtains", "about", "about my bedroom", "my_words" },
        { "WordsAndPictures", "part=what_the_grown_ups_are_doing;words=Priya visits Maisie every month to check she is happy.", "drawing", "who-was-worried", "words_and_pictures" },
    };

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task Given_a_list_When_an_item_is_added_changed_and_taken_out_Then_each_version_differs_by_that_change_alone(string slug, string added, string field, string value, string key)
    {
        var host = hosts.For(Databases.Sqlite);
        var sam = await Session.SignInAsync(host, "sam.social");
        var child = await ImportExportTests.ImportNewAsync(sam, Samples.Zip("maisie"));
        var original = await CaseYamlAsync(host, child, 1);
        var index = ItemsOf(original, key);

        var fields = (await FormPage.OpenAsync(sam, Url(child, slug, "New"))).Fields();
        foreach (var pair in added.Split(';')) fields[$"Values[{pair.Split('=')[0]}]"] = pair.Split('=')[1];
        var add = await sam.PostFormAsync(Url(child, slug, "New"), Url(child, slug, "New"), fields);
        Assert.True(add.StatusCode == HttpStatusCode.Redirect, await add.Content.ReadAsStringAsync());
        Assert.Equal($"{Url(child, slug)}?saved=2", add.Headers.Location!.OriginalString);
        var withItem = await CaseYamlAsync(host, child, 2);
        Assert.Equal(index + 1, ItemsOf(withItem, key));
        Assert.Empty(AddedLines(withItem, original));
        Assert.Equal(added.Split(';').Length, AddedLines(original, withItem).Count(l => l.Length > 0));

        var form = (await FormPage.OpenAsync(sam, Url(child, slug, index.ToString()))).Fields();
        form[$"Values[{field}]"] = value;
        var change = await sam.PostFormAsync(Url(child, slug, index.ToString()), Url(child, slug, index.ToString()), form);
        Assert.Equal(HttpStatusCode.Redirect, change.StatusCode);
        var changed = await CaseYamlAsync(host, child, 3);
        Assert.Equal([$"    {field}: {value}"], AddedLines(withItem, changed));
        Assert.Empty(AddedLines(changed, withItem));

        var remove = (await FormPage.OpenAsync(sam, Url(child, slug, $"{index}/Remove"))).Fields();
        var removed = await sam.PostFormAsync(Url(child, slug, $"{index}/Remove"), Url(child, slug, $"{index}/Remove"), remove);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal(original, await CaseYamlAsync(host, child, 4));
        var history = WebUtility.HtmlDecode(await sam.Client.GetStringAsync($"/Children/{child}"));
        Assert.Contains("Took out a", history, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Given_a_persons_form_When_what_the_child_calls_them_is_changed_Then_that_line_alone_changes_and_the_save_is_audited(string database)
    {
        var host = hosts.For(database);
        var sam = await Session.SignInAsync(host, "sam.social");
        var child = await ImportExportTests.ImportNewAsync(sam, Samples.Zip("maisie"));
        var form = await FormPage.OpenAsync(sam, Url(child, "People", "3"));
        var fields = form.Fields();
        Assert.Equal("Leo Clarke", fields["Values[name]"]);

        fields["Values[known_as]"] = "Leo-Leo";
        var saved = await sam.PostFormAsync(Url(child, "People", "3"), Url(child, "People", "3"), fields);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var before = await CaseYamlAsync(host, child, 1);
        var after = await CaseYamlAsync(host, child, 2);
        const string about = "    about: Leo is two years older than Maisie. He lives at Jo and Sam's too and he is brilliant at football.\n";
        Assert.Equal(before.Replace(about, about + "    known_as: Leo-Leo\n", StringComparison.Ordinal), after);
        var audit = WebUtility.HtmlDecode(await (await Session.SignInAsync(host, "ruth.manager")).Client.GetStringAsync($"/Children/{child}/Audit"));
        Assert.Contains("revision 2: people[3]: known_as", audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_a_timeline_date_in_the_future_When_saved_Then_the_CLIs_own_message_is_shown_at_the_date()
    {
        var (host, sam, child) = await MaisieAsync();
        var fields = (await FormPage.OpenAsync(sam, Url(child, "Timeline", "2"))).Fields();
        fields["Values[date]"] = "2099-01";

        var page = await PostAndReadAsync(sam, Url(child, "Timeline", "2"), fields);

        var cli = await CliFindingAsync(host, child, y => y.Replace("  - date: 2021-03\n", "  - date: 2099-01\n", StringComparison.Ordinal), "timeline[2].date");
        AssertBeside(page, "field-date", cli);
    }

    [Fact]
    public async Task Given_a_new_person_with_an_id_already_used_When_added_Then_the_CLIs_duplicate_id_message_is_shown_at_the_id()
    {
        var (host, sam, child) = await MaisieAsync();
        var fields = (await FormPage.OpenAsync(sam, Url(child, "People", "New"))).Fields();
        fields["Values[id]"] = "leo";
        fields["Values[name]"] = "Leo Smith";
        fields["Values[relationship]"] = "my friend";
        fields["Values[group]"] = "others";

        var page = await PostAndReadAsync(sam, Url(child, "People", "New"), fields);

        var cli = await CliFindingAsync(host, child, y => y.Replace("\nhomes:", "  - id: leo\n    name: Leo Smith\n    relationship: my friend\n    group: others\n\nhomes:", StringComparison.Ordinal), "people[10].id");
        AssertBeside(page, "field-id", cli);
    }

    [Fact]
    public async Task Given_a_timeline_event_pointing_at_a_photo_that_is_not_there_When_saved_Then_the_CLIs_message_is_shown_at_the_photos()
    {
        var (host, sam, child) = await MaisieAsync();
        var fields = (await FormPage.OpenAsync(sam, Url(child, "Timeline", "6"))).Fields();
        fields["Values[photos]"] = "no-such-photo";

        var page = await PostAndReadAsync(sam, Url(child, "Timeline", "6"), fields);

        var cli = await CliFindingAsync(host, child, y => y.Replace("    words: Maisie swam a whole width of the pool without armbands. Everyone cheered!\n",
            "    words: Maisie swam a whole width of the pool without armbands. Everyone cheered!\n    photos: [no-such-photo]\n", StringComparison.Ordinal), "timeline[6].photos[0]");
        AssertBeside(page, "field-photos", cli);
    }

    [Fact]
    public async Task Given_two_people_changing_the_same_persons_field_When_the_second_saves_Then_they_see_the_others_value_and_nothing_is_lost()
    {
        var (host, sam, child) = await MaisieAsync();
        var ruth = await Session.SignInAsync(host, "ruth.manager");
        var samFields = (await FormPage.OpenAsync(sam, Url(child, "People", "0"))).Fields();
        var ruthFields = (await FormPage.OpenAsync(ruth, Url(child, "People", "0"))).Fields();
        samFields["Values[about]"] = "Kelly sings.";
        Assert.Equal(HttpStatusCode.Redirect, (await sam.PostFormAsync(Url(child, "People", "0"), Url(child, "People", "0"), samFields)).StatusCode);

        ruthFields["Values[about]"] = "Kelly draws.";
        var clash = await ruth.PostFormAsync(Url(child, "People", "0"), Url(child, "People", "0"), ruthFields);

        Assert.Equal(HttpStatusCode.OK, clash.StatusCode);
        var form = FormPage.Parse(await clash.Content.ReadAsStringAsync());
        Assert.Contains("Someone else saved a new version while you were editing, and changed about too.", form.Document.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("The other person saved: Kelly sings.", Squash(form.TextBeside("field-about")), StringComparison.Ordinal);
        Assert.Equal("Kelly draws.", form.Document.GetElementById("field-about")!.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.Redirect, (await ruth.PostFormAsync(Url(child, "People", "0"), Url(child, "People", "0"), form.Fields())).StatusCode);
        Assert.Contains("    about: Kelly draws.\n", await CaseYamlAsync(host, child, 3), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_a_person_hidden_from_parents_When_their_form_opens_Then_each_readers_box_says_what_the_engine_will_do()
    {
        var (host, sam, child) = await MaisieAsync();
        var page = (await FormPage.OpenAsync(sam, Url(child, "People", "9"))).Document;

        var parents = page.GetElementById("field-hidden_from-parents")!;
        Assert.True(((AngleSharp.Html.Dom.IHtmlInputElement)parents).IsChecked);
        var model = CaseLoader.LoadBytes(Encoding.UTF8.GetBytes(await CaseYamlAsync(host, child, 1)), Path.GetTempPath()).Case!.Model;
        var hidden = Redactor.For(model, Audience.Parents).Summary;
        var shown = Redactor.For(model with { People = model.People.Select(p => p.Id == "miss-lewis" ? p with { HiddenFrom = [] } : p).ToList() }, Audience.Parents).Summary;
        Assert.Equal(shown.LeftOut.Sum(kv => kv.Value) + 1, hidden.LeftOut.Sum(kv => kv.Value));
        var said = page.GetElementById("field-hidden_from-parents-what")!.TextContent;
        Assert.StartsWith("If ticked, the parents' version has 1 person left out", said, StringComparison.Ordinal);
        Assert.Contains("If not, it calls this person “Miss Lewis”.", page.GetElementById("field-hidden_from-child-what")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_a_person_something_else_points_at_When_taken_out_Then_the_CLIs_reference_message_is_shown_and_nothing_is_saved()
    {
        var (host, sam, child) = await MaisieAsync();
        var fields = (await FormPage.OpenAsync(sam, Url(child, "People", "3/Remove"))).Fields();

        var page = await PostAndReadAsync(sam, Url(child, "People", "3/Remove"), fields);

        Assert.Contains("cannot be taken out yet", page.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("homes[0].people[2]", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Version 2", await sam.Client.GetStringAsync($"/Children/{child}"), StringComparison.Ordinal);
    }

    private async Task<(WebHost Host, Session Sam, Guid Child)> MaisieAsync()
    {
        var host = hosts.For(Databases.Sqlite);
        var sam = await Session.SignInAsync(host, "sam.social");
        return (host, sam, await ImportExportTests.ImportNewAsync(sam, Samples.Zip("maisie")));
    }

    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> PostAndReadAsync(Session session, string url, Dictionary<string, string> fields)
    {
        var response = await session.PostFormAsync(url, url, fields);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return FormPage.Parse(await response.Content.ReadAsStringAsync()).Document;
    }

    /// <summary>What `lifestory check` says about the stored case.yaml with the same mistake written by hand.</summary>
    private static async Task<Finding> CliFindingAsync(WebHost host, Guid child, Func<string, string> mistake, string field)
    {
        var yaml = mistake(await CaseYamlAsync(host, child, 1));
        var loaded = CaseLoader.LoadBytes(Encoding.UTF8.GetBytes(yaml), Path.GetTempPath());
        var findings = loaded.Findings.Concat(loaded.Case is null ? [] : CaseChecker.Check(loaded.Case, DateOnly.FromDateTime(DateTime.UtcNow)));
        return findings.Single(f => f.Field == field && f.IsError);
    }

    private static void AssertBeside(AngleSharp.Html.Dom.IHtmlDocument page, string id, Finding cli)
    {
        var field = page.GetElementById(id)!;
        var beside = Squash(field.ParentElement!.TextContent);
        Assert.Contains(Squash(cli.Message), beside, StringComparison.Ordinal);
        if (cli.Fix is not null) Assert.Contains(Squash(cli.Fix), beside, StringComparison.Ordinal);
        Assert.Contains(id + "-findings", field.GetAttribute("aria-describedby") ?? "", StringComparison.Ordinal);
    }

    private static string Url(Guid child, string list, string? item = null) => $"/Children/{child}/Edit/{list}" + (item is null ? "" : "/" + item);

    private static int ItemsOf(string yaml, string key)
    {
        var model = CaseLoader.LoadBytes(Encoding.UTF8.GetBytes(yaml), Path.GetTempPath()).Case!.Model;
        return key switch
        {
            "people" => model.People.Count,
            "homes" => model.Homes.Count,
            "schools" => model.Schools.Count,
            "timeline" => model.Timeline.Count,
            "words_and_pictures" => model.WordsAndPictures.Count,
            _ => model.MyWords.Count,
        };
    }

    private static async Task<string> CaseYamlAsync(WebHost host, Guid child, int version) => Encoding.UTF8.GetString(await host.WithScopeAsync(async s =>
    {
        var store = s.GetRequiredService<RevisionStore>();
        var revision = await store.FindAsync(child, version, CancellationToken.None) ?? throw new InvalidOperationException($"No version {version}");
        return (await store.ReadFileAsync(revision, "case.yaml", CancellationToken.None))!;
    }));

    /// <summary>The lines of <paramref name="after"/> not in <paramref name="before"/>, in order.</summary>
    private static List<string> AddedLines(string before, string after)
    {
        var old = Lines(before).ToList();
        var added = new List<string>();
        foreach (var line in Lines(after))
            if (!old.Remove(line)) added.Add(line);
        return added;
    }

    private static string[] Lines(string text) => text.Split('\n');

    private static string Squash(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
