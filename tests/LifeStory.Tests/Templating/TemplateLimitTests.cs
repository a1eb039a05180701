using LifeStory.Templating;
using LifeStory.Tests.Support;
using Scriban.Runtime;

namespace LifeStory.Tests.Templating;

/// <summary>Templates cannot build runaway text, are never cut silently, and are read only from ordinary files inside their folder.</summary>
public sealed class TemplateLimitTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Templates => _temp.File("templates");

    private (string? Output, string Errors) Render(string name, string template, ScriptObject? data = null)
    {
        var path = Path.Combine(Templates, name + ".sbn");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, template);
        var (output, findings) = TemplateRunner.Render(new TemplateFolders([Templates]), name, data ?? []);
        return (output, string.Join("\n", findings));
    }

    [Fact]
    public void Given_a_pad_of_a_billion_When_rendered_Then_an_error_at_the_line_and_nothing_is_built()
    {
        var (output, errors) = Render("pad", "# Title\n\n{{ \"x\" | string.pad_left 1000000000 }}\n");

        Assert.Null(output);
        Assert.StartsWith("templates/pad.sbn:3:", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_output_past_the_limit_When_rendered_Then_it_is_an_error_not_a_shorter_book()
    {
        var story = new string('a', 1_000_000);
        var (output, errors) = Render("long", "{{ for i in 1..9 }}{{ story }}\n{{ end }}", new ScriptObject { ["story"] = story });

        Assert.Null(output);
        Assert.StartsWith("templates/long.sbn:1:", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_output_just_under_the_limit_When_rendered_Then_all_of_it_arrives()
    {
        var story = new string('a', 1_000_000);
        var (output, errors) = Render("long", "{{ for i in 1..7 }}{{ story }}\n{{ end }}", new ScriptObject { ["story"] = story });

        Assert.Equal("", errors);
        Assert.Equal(7 * 1_000_001, output!.Length);
    }

    [Fact]
    public void Given_a_folder_link_inside_the_templates_that_leads_outside_When_included_Then_it_is_not_found()
    {
        Directory.CreateDirectory(_temp.File("secret"));
        File.WriteAllText(_temp.File("secret/private.sbn"), "another child's words");
        Directory.CreateDirectory(Templates);
        Directory.CreateSymbolicLink(Path.Combine(Templates, "shared"), _temp.File("secret"));

        var (output, errors) = Render("book", "{{ include 'shared/private' }}");

        Assert.Null(output);
        Assert.Contains("There is no template called 'shared/private'", errors, StringComparison.Ordinal);
        Assert.Null(new TemplateFolders([Templates]).Find("shared/private"));
    }

    [Fact]
    public void Given_a_pipe_named_as_a_template_When_it_is_used_Then_it_is_not_opened_and_the_run_stops_with_a_message()
    {
        Directory.CreateDirectory(Path.Combine(Templates, "book"));
        Fifo.Make(Path.Combine(Templates, "book", "cover.sbn"));
        var folders = new TemplateFolders([Templates, TemplateFolders.BuiltIn]);

        // Found (not silently replaced by the shipped template), and never opened: opening a pipe would wait for ever.
        Assert.Equal(Path.Combine(Templates, "book", "cover.sbn"), folders.Find("book/cover"));
        var (output, findings) = TemplateRunner.Render(folders, "book/cover", new Scriban.Runtime.ScriptObject());

        Assert.Null(output);
        var finding = Assert.Single(findings);
        Assert.Equal("template-unreadable", finding.Code);
        Assert.Contains("is not an ordinary file", finding.Message, StringComparison.Ordinal);
    }
}
