using LifeStory.Templating;
using LifeStory.Tests.Support;
using Scriban.Runtime;

namespace LifeStory.Tests.Templating;

public sealed class TemplateRunnerTests
{
    private static (string? Output, string Errors) Render(TempFolder temp, string name, string template, ScriptObject? data = null)
    {
        var path = Path.Combine(temp.Path, "templates", name + ".sbn");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, template);
        var (output, findings) = TemplateRunner.Render(new TemplateFolders([Path.Combine(temp.Path, "templates")]), name, data ?? []);
        return (output, string.Join("\n", findings));
    }

    [Fact]
    public void Given_a_misspelt_variable_When_rendered_Then_the_error_names_the_file_line_and_column()
    {
        using var temp = new TempFolder();
        var (output, errors) = Render(temp, "book/born", "# Born\n\nHello {{ chlid.name }}\n", new ScriptObject { ["child"] = new ScriptObject { ["name"] = "Amira" } });
        Assert.Null(output);
        Assert.StartsWith("templates/book/born.sbn:3:10: error: The variable or function `chlid` was not found.", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_misspelt_member_When_rendered_Then_it_is_an_error_not_an_empty_gap()
    {
        using var temp = new TempFolder();
        var (output, errors) = Render(temp, "x", "{{ child.nmae }}", new ScriptObject { ["child"] = new ScriptObject { ["name"] = "Amira" } });
        Assert.Null(output);
        Assert.Contains("templates/x.sbn:1:", errors, StringComparison.Ordinal);
        Assert.Contains("nmae", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_syntax_error_When_rendered_Then_it_is_located()
    {
        using var temp = new TempFolder();
        var (output, errors) = Render(temp, "x", "line one\n{{ if }}\n");
        Assert.Null(output);
        Assert.StartsWith("templates/x.sbn:2:", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_an_endless_loop_When_rendered_Then_the_loop_limit_stops_it()
    {
        using var temp = new TempFolder();
        var (output, errors) = Render(temp, "x", "{{ for i in 1..1000000 }}x{{ end }}");
        Assert.Null(output);
        Assert.Contains("loop", errors, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Given_endless_recursion_When_rendered_Then_the_recursion_limit_stops_it()
    {
        using var temp = new TempFolder();
        var (output, errors) = Render(temp, "x", "{{ func f; f; end; f }}");
        Assert.Null(output);
        Assert.Contains("recursi", errors, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("../secret")]
    [InlineData("/etc/passwd")]
    [InlineData("book/../../secret")]
    public void Given_an_include_outside_the_templates_folder_When_rendered_Then_it_is_refused(string name)
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("secret.sbn"), "SECRET");
        var (output, errors) = Render(temp, "x", "{{ include '" + name + "' }}");
        Assert.Null(output);
        Assert.Contains("There is no template called", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_case_override_When_found_Then_it_wins_over_the_built_in_template()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(Path.Combine(temp.Path, "mine", "book"));
        Directory.CreateDirectory(Path.Combine(temp.Path, "shipped", "book"));
        File.WriteAllText(Path.Combine(temp.Path, "mine", "book", "a.sbn"), "mine");
        File.WriteAllText(Path.Combine(temp.Path, "shipped", "book", "a.sbn"), "shipped");
        File.WriteAllText(Path.Combine(temp.Path, "shipped", "book", "b.sbn"), "{{ include 'book/a' }}");
        var folders = new TemplateFolders([Path.Combine(temp.Path, "mine"), Path.Combine(temp.Path, "shipped")]);
        var (output, findings) = TemplateRunner.Render(folders, "book/b", []);
        Assert.Empty(findings);
        Assert.Equal("mine", output);
    }

    [Fact]
    public void Given_an_included_section_longer_than_twenty_thousand_characters_When_rendered_Then_nothing_is_cut()
    {
        using var temp = new TempFolder();
        var events = new ScriptArray();
        for (var i = 0; i < 400; i++) events.Add("Event number " + i + " happened on a sunny day in the park with friends.");
        Directory.CreateDirectory(Path.Combine(temp.Path, "templates", "book"));
        File.WriteAllText(Path.Combine(temp.Path, "templates", "book", "events.sbn"), "{{ for e in events }}\n## {{ e }}\n{{ end }}");
        var (output, errors) = Render(temp, "book/all", "{{ include 'book/events' }}\nThe end.", new ScriptObject { ["events"] = events });

        Assert.Equal("", errors);
        Assert.True(output!.Length > 20_000, $"Only {output.Length} characters.");
        Assert.Contains("## Event number 399 happened", output, StringComparison.Ordinal);
        Assert.EndsWith("The end.", output, StringComparison.Ordinal);
    }
}
