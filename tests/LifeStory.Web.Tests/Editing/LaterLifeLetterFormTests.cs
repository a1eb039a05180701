using System.Net;
using System.Text;
using LifeStory.Cases.Loading;
using LifeStory.Checking;
using LifeStory.Web.Children;
using LifeStory.Web.Tests.Children;
using LifeStory.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace LifeStory.Web.Tests.Editing;

/// <summary>
/// The later-life letter written in a form: a change is a new version differing by that change alone, a letter can
/// be started for a child who has none, a mistake gets the CLI's own message at its field, and two people changing
/// the same words both keep theirs.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class LaterLifeLetterFormTests(SharedHosts hosts)
{
    private const string Form = "Edit/LaterLifeLetter";

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Given_Maisies_letter_When_the_age_to_read_it_at_is_changed_Then_that_line_alone_changes_and_the_save_is_audited(string database)
    {
        var host = hosts.For(database);
        var sam = await Session.SignInAsync(host, "sam.social");
        var child = await ImportExportTests.ImportNewAsync(sam, Samples.Zip("maisie"));
        var fields = (await FormPage.OpenAsync(sam, Url(child))).Fields();
        Assert.Equal(("priya", "2026-11-20", "14"), (fields["Letter.From"], fields["Letter.Written"], fields["Letter.ReadAtAge"]));
        Assert.StartsWith("You were born on 12 June 2019", fields["Markdown"], StringComparison.Ordinal);

        fields["Letter.ReadAtAge"] = "16";
        var saved = await sam.PostFormAsync(Url(child), Url(child), fields);

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Contains("Saved as version 2.", await saved.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var before = (await CaseYamlAsync(host, child, 1)).Split('\n');
        var after = (await CaseYamlAsync(host, child, 2)).Split('\n');
        Assert.Equal(["  read_at_age: 16"], after.Except(before));
        Assert.Equal(["  read_at_age: 14"], before.Except(after));
        Assert.Equal(before.Length, after.Length);
        var trail = WebUtility.HtmlDecode(await (await Session.SignInAsync(host, "ruth.manager")).Client.GetStringAsync($"/Children/{child}"));
        Assert.Contains("Changed the later-life letter: age to read it at", trail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_a_child_without_a_letter_When_one_is_written_Then_it_is_added_and_the_CLI_loads_it()
    {
        var host = hosts.For(Databases.Sqlite);
        var sam = await Session.SignInAsync(host, "sam.social");
        var child = await ImportExportTests.ImportNewAsync(sam, Samples.Zip("yusuf"));
        var fields = (await FormPage.OpenAsync(sam, Url(child))).Fields();
        Assert.Equal("", fields["Markdown"]);

        fields["Letter.From"] = "tom";
        fields["Letter.Written"] = "2026-12-01";
        fields["Markdown"] = "Dear Yusuf,\r\n\r\nYou came to Leeds in **2024**, when you were 14.\r\n";
        var saved = await sam.PostFormAsync(Url(child), Url(child), fields);

        Assert.Contains("Saved as version 2.", await saved.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var yaml = await CaseYamlAsync(host, child, 2);
        Assert.StartsWith(await CaseYamlAsync(host, child, 1), yaml, StringComparison.Ordinal);
        var letter = CaseLoader.LoadBytes(Encoding.UTF8.GetBytes(yaml), Path.GetTempPath()).Case!.Model.LaterLifeLetter!;
        Assert.Equal(("tom", new DateOnly(2026, 12, 1), (int?)null), (letter.From, letter.Written, letter.ReadAtAge));
        Assert.Equal("Dear Yusuf,\n\nYou came to Leeds in **2024**, when you were 14.\n", letter.Markdown);
    }

    [Fact]
    public async Task Given_a_date_written_the_British_way_When_saved_Then_the_CLIs_message_is_at_the_field_and_nothing_is_saved()
    {
        var host = hosts.For(Databases.Sqlite);
        var sam = await Session.SignInAsync(host, "sam.social");
        var child = await ImportExportTests.ImportNewAsync(sam, Samples.Zip("maisie"));
        var fields = (await FormPage.OpenAsync(sam, Url(child))).Fields();
        fields["Letter.Written"] = "20/11/2026";

        var response = await sam.PostFormAsync(Url(child), Url(child), fields);

        var page = FormPage.Parse(await response.Content.ReadAsStringAsync()).Document;
        var yaml = (await CaseYamlAsync(host, child, 1)).Replace("  written: 2026-11-20", "  written: \"20/11/2026\"", StringComparison.Ordinal);
        var loaded = CaseLoader.LoadBytes(Encoding.UTF8.GetBytes(yaml), Path.GetTempPath());
        var cli = loaded.Findings.Single(f => f.Field == "later_life_letter.written" && f.IsError);
        var beside = page.GetElementById("letter-written-findings")!.TextContent;
        Assert.Contains(cli.Message, WebUtility.HtmlDecode(beside), StringComparison.Ordinal);
        Assert.Equal("true", page.GetElementById("letter-written")!.GetAttribute("aria-invalid"));
        Assert.Equal("20/11/2026", page.GetElementById("letter-written")!.GetAttribute("value"));
        Assert.DoesNotContain("Version 2", await sam.Client.GetStringAsync($"/Children/{child}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_two_people_changing_the_letters_words_When_both_save_Then_the_second_is_shown_the_first_ones_words_and_keeps_their_own()
    {
        var host = hosts.For(Databases.Sqlite);
        var sam = await Session.SignInAsync(host, "sam.social");
        var ruth = await Session.SignInAsync(host, "ruth.manager");
        var child = await ImportExportTests.ImportNewAsync(sam, Samples.Zip("maisie"));
        var samsForm = (await FormPage.OpenAsync(sam, Url(child))).Fields();
        var ruthsForm = (await FormPage.OpenAsync(ruth, Url(child))).Fields();
        samsForm["Markdown"] += "\nSam's last line.\n";
        ruthsForm["Markdown"] += "\nRuth's last line.\n";

        await sam.PostFormAsync(Url(child), Url(child), samsForm);
        var clash = FormPage.Parse(await (await ruth.PostFormAsync(Url(child), Url(child), ruthsForm)).Content.ReadAsStringAsync());

        Assert.Contains("Someone else saved version 2 while you were editing, and changed the letter's words too.", clash.Document.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Sam's last line.", clash.Document.QuerySelector("pre.theirs")!.TextContent, StringComparison.Ordinal);
        var again = clash.Fields();
        Assert.Contains("Ruth's last line.", again["Markdown"], StringComparison.Ordinal);
        var kept = await ruth.PostFormAsync(Url(child), Url(child), again);
        Assert.Contains("Saved as version 3.", await kept.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var letter = CaseLoader.LoadBytes(Encoding.UTF8.GetBytes(await CaseYamlAsync(host, child, 3)), Path.GetTempPath()).Case!.Model.LaterLifeLetter!;
        Assert.EndsWith("Ruth's last line.\n", letter.Markdown, StringComparison.Ordinal);
    }

    private static string Url(Guid child) => $"/Children/{child}/{Form}";

    private static async Task<string> CaseYamlAsync(WebHost host, Guid child, int version) => Encoding.UTF8.GetString(await host.WithScopeAsync(async s =>
    {
        var store = s.GetRequiredService<RevisionStore>();
        var revision = await store.FindAsync(child, version, CancellationToken.None) ?? throw new InvalidOperationException($"No version {version}");
        return (await store.ReadFileAsync(revision, "case.yaml", CancellationToken.None))!;
    }));
}
