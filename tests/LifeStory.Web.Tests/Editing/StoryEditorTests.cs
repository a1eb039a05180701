using System.Net;
using System.Text;
using LifeStory.Cases.Editing;
using LifeStory.Cases.Loading;
using LifeStory.Checking;
using LifeStory.Web.Tests.Children;
using LifeStory.Web.Tests.Support;

namespace LifeStory.Web.Tests.Editing;

/// <summary>
/// The story written in the browser: a save is a new version with the CLI's own findings at the box, an error
/// saves nothing, two people's changes to one part are merged or shown, and the live preview never runs typed HTML.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class StoryEditorTests(SharedHosts hosts)
{
    private const string Why = "why-i-live-with-jo-and-sam";

    [Fact]
    public async Task Given_words_with_jargon_When_saved_Then_a_new_version_is_made_and_the_CLIs_warning_and_a_one_click_swap_are_at_the_box()
    {
        var sam = await Session.SignInAsync(hosts.For(Databases.Sqlite), "sam.social");
        var child = await ImportExportTests.ImportNewAsync(sam, Samples.Zip("maisie"));
        var fields = (await FormPage.OpenAsync(sam, Url(child, Why))).Fields();
        fields["Markdown"] = fields["Markdown"] + "\nMaisie has contact with Kelly every month.\n";

        var saved = await sam.PostFormAsync(Url(child, Why), Url(child, Why), fields);

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var page = FormPage.Parse(await saved.Content.ReadAsStringAsync()).Document;
        Assert.Contains("Saved as version 2.", page.DocumentElement.TextContent, StringComparison.Ordinal);
        var beside = Squash(page.GetElementById("story-markdown")!.ParentElement!.TextContent);
        var cli = CliFindings(Edited(fields["Markdown"])).Where(f => f.Field.StartsWith("story[0]", StringComparison.Ordinal)).ToList();
        Assert.Contains(cli, f => f.Code == WordingChecker.JargonCode);
        foreach (var finding in cli)
        {
            Assert.Contains(finding.Message, beside, StringComparison.Ordinal);
            if (finding.Fix is not null) Assert.Contains(Squash(finding.Fix), beside, StringComparison.Ordinal);
        }
        var swap = page.QuerySelector("button[data-replace-word='contact']")!;
        Assert.Equal(("story-markdown", "family time"), (swap.GetAttribute("data-replace-in"), swap.GetAttribute("data-replace-with")));
        var ruth = await Session.SignInAsync(hosts.For(Databases.Sqlite), "ruth.manager");
        Assert.Contains("revision 2: story " + Why, await ruth.Client.GetStringAsync($"/Children/{child}/Audit"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_a_name_hidden_from_parents_in_words_they_read_When_saved_Then_the_CLIs_error_is_at_the_box_and_nothing_is_saved()
    {
        var sam = await Session.SignInAsync(hosts.For(Databases.Sqlite), "sam.social");
        var child = await ImportExportTests.ImportNewAsync(sam, Samples.Zip("maisie"));
        var fields = (await FormPage.OpenAsync(sam, Url(child, Why))).Fields();
        fields["Markdown"] = "Hannah Lewis helps Maisie at school.\n";

        var response = await sam.PostFormAsync(Url(child, Why), Url(child, Why), fields);

        var page = FormPage.Parse(await response.Content.ReadAsStringAsync()).Document;
        var errors = CliFindings(Edited(fields["Markdown"])).Where(f => f.IsError).ToList();
        Assert.Contains(errors, f => f.Field.StartsWith("story[0]", StringComparison.Ordinal));
        Assert.NotEmpty(errors);
        var beside = Squash(page.GetElementById("story-markdown")!.ParentElement!.TextContent);
        foreach (var error in errors) Assert.Contains(error.Message, beside, StringComparison.Ordinal);
        Assert.Equal("true", page.GetElementById("story-markdown")!.GetAttribute("aria-invalid"));
        Assert.Equal(fields["Markdown"], page.GetElementById("story-markdown")!.TextContent);
        Assert.DoesNotContain("Version 2", await sam.Client.GetStringAsync($"/Children/{child}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_two_people_changing_the_same_words_When_the_second_saves_Then_they_are_told_and_their_words_are_kept()
    {
        var host = hosts.For(Databases.Sqlite);
        var sam = await Session.SignInAsync(host, "sam.social");
        var ruth = await Session.SignInAsync(host, "ruth.manager");
        var child = await ImportExportTests.ImportNewAsync(sam, Samples.Zip("maisie"));
        var samFields = (await FormPage.OpenAsync(sam, Url(child, Why))).Fields();
        var ruthFields = (await FormPage.OpenAsync(ruth, Url(child, Why))).Fields();
        samFields["Markdown"] = "Sam's words.\n";
        Assert.Contains("Saved as version 2.", await (await sam.PostFormAsync(Url(child, Why), Url(child, Why), samFields)).Content.ReadAsStringAsync(), StringComparison.Ordinal);

        ruthFields["Markdown"] = "Ruth's words.\n";
        var clash = FormPage.Parse(await (await ruth.PostFormAsync(Url(child, Why), Url(child, Why), ruthFields)).Content.ReadAsStringAsync()).Document;

        Assert.Contains("Someone else saved version 2", clash.DocumentElement.TextContent, StringComparison.Ordinal);
        Assert.Equal("Ruth's words.\n", clash.GetElementById("story-markdown")!.TextContent);
        Assert.Contains("Sam's words.", clash.QuerySelector("pre.theirs")!.TextContent, StringComparison.Ordinal);
        var again = FormPage.Parse(clash.DocumentElement.OuterHtml).Fields();
        Assert.Equal("2", again["BaseRevision"]);
        var kept = await ruth.PostFormAsync(Url(child, Why), Url(child, Why), again);
        Assert.Contains("Saved as version 3.", await kept.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_a_new_part_When_it_is_added_and_then_taken_out_Then_each_is_a_version_and_the_list_follows()
    {
        var sam = await Session.SignInAsync(hosts.For(Databases.Sqlite), "sam.social");
        var child = await ImportExportTests.ImportNewAsync(sam, Samples.Zip("maisie"));
        var fields = (await FormPage.OpenAsync(sam, Url(child, "new"))).Fields();
        fields["Title"] = "My cat Biscuit";
        fields["Markdown"] = "Biscuit is **ginger**.\n";

        var added = FormPage.Parse(await (await sam.PostFormAsync(Url(child, "new"), Url(child, "new"), fields)).Content.ReadAsStringAsync()).Document;

        Assert.Contains("Saved as version 2.", added.DocumentElement.TextContent, StringComparison.Ordinal);
        Assert.NotNull(added.QuerySelector("a[href$='section=my-cat-biscuit']"));
        var taken = await sam.PostFormAsync(Url(child, "my-cat-biscuit"), $"/Children/{child}/Edit/Story?handler=Remove", new() { ["remove"] = "my-cat-biscuit" });
        Assert.Equal(HttpStatusCode.Redirect, taken.StatusCode);
        var list = await sam.Client.GetStringAsync($"/Children/{child}/Edit/Story");
        Assert.DoesNotContain("my-cat-biscuit", list, StringComparison.Ordinal);
        Assert.Contains("Version 3", await sam.Client.GetStringAsync($"/Children/{child}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_words_with_a_script_tag_When_previewed_Then_the_tag_comes_out_as_text_and_the_Markdown_as_HTML()
    {
        var sam = await Session.SignInAsync(hosts.For(Databases.Sqlite), "sam.social");
        var child = await ImportExportTests.ImportNewAsync(sam, Samples.Zip("maisie"));

        var preview = await sam.PostFormAsync(Url(child, Why), $"/Children/{child}/Edit/Story/Preview",
            new() { ["Markdown"] = "<script>alert(1)</script> and **brave** <img src=x onerror=alert(2)>\n\n![x](photos/a.jpg){onclick=alert(3)}" });

        var html = await preview.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("<strong>brave</strong>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img src=x", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onclick", html, StringComparison.OrdinalIgnoreCase);
    }

    private static string Url(Guid child, string section) => $"/Children/{child}/Edit/Story?section={section}";

    /// <summary>The sample's case.yaml with the first story section's words replaced, by the same edit the editor makes.</summary>
    private static string Edited(string markdown)
    {
        var yaml = File.ReadAllText(Path.Combine(Samples.Path("maisie"), "case.yaml"));
        var section = CaseLoader.LoadBytes(Encoding.UTF8.GetBytes(yaml), Samples.Path("maisie")).Case!.Model.Story[0];
        return StorySectionEdit.Replace(yaml, 0, section with { Markdown = markdown.ReplaceLineEndings("\n").TrimEnd() + "\n" }).Yaml!;
    }

    /// <summary>What `lifestory check` finds in the sample folder with this case.yaml: the loader, the case checks, the book's and the wording's.</summary>
    private static List<Finding> CliFindings(string yaml)
    {
        var folder = Directory.CreateTempSubdirectory("story-check-");
        try
        {
            foreach (var file in Directory.EnumerateFiles(Samples.Path("maisie"), "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(folder.FullName, Path.GetRelativePath(Samples.Path("maisie"), file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
            File.WriteAllText(Path.Combine(folder.FullName, "case.yaml"), yaml);
            var loaded = CaseLoader.Load(folder.FullName);
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            var findings = loaded.Findings.ToList();
            findings.AddRange(CaseChecker.Check(loaded.Case!, today));
            findings.AddRange(BookChecks.Check(loaded.Case!));
            if (!findings.Any(f => f.IsError))
            {
                findings.AddRange(WordingChecker.Check(loaded.Case!, today));
                findings.AddRange(ReaderChecks.Check(loaded.Case!, null));
            }
            return findings;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static string Squash(string text) => System.Text.RegularExpressions.Regex.Replace(text, "\\s+", " ");
}
