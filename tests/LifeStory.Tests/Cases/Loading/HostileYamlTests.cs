using System.Text;
using LifeStory.Cases.Loading;
using LifeStory.Checking;
using LifeStory.Tests.Support;

namespace LifeStory.Tests.Cases.Loading;

/// <summary>
/// Small files that stand for enormous ones, broken files YamlDotNet gives up on, and files in the wrong
/// encoding: each stops with one error naming the place and the fix, and costs no more than the limits allow.
/// </summary>
public sealed class HostileYamlTests
{
    [Fact]
    public void Given_lists_nested_thousands_deep_When_loaded_Then_a_too_deep_error_at_the_first_level_past_the_limit()
    {
        var finding = Assert.Single(LoadHarness.FindingsFor("child: " + new string('[', 50_000) + new string(']', 50_000) + "\n"));

        Assert.Equal("too-deep", finding.Code);
        Assert.Equal(new SourceLocation("case.yaml", 1, 7 + CaseLimits.MaxDepth), finding.Location);
        Assert.Equal($"Lists and fields are nested more than {CaseLimits.MaxDepth} deep here.", finding.Message);
    }

    [Fact]
    public void Given_fields_nested_by_indentation_past_the_limit_When_loaded_Then_a_too_deep_error()
    {
        var yaml = new StringBuilder();
        for (var i = 0; i < 200; i++) yaml.Append(new string(' ', i * 2)).Append('k').Append(i).Append(":\n");
        var finding = Assert.Single(LoadHarness.FindingsFor(yaml.ToString()));

        Assert.Equal("too-deep", finding.Code);
        // The top level is the first depth; line n + 1 opens depth n + 1.
        Assert.Equal(CaseLimits.MaxDepth + 1, finding.Location!.Line);
    }

    [Fact]
    public void Given_aliases_of_aliases_that_stand_for_a_billion_values_When_loaded_Then_it_stops_at_the_alias_past_the_limit()
    {
        var yaml = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var i = 1; i < 10; i++) yaml.Append($"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 9))}]\n");
        yaml.Append("child: *a9\n");

        var finding = Assert.Single(LoadHarness.FindingsFor(yaml.ToString()));

        Assert.Equal("too-many-values", finding.Code);
        // a0 stands for 10 values, a1 for 91, … a5 for 597,871: the first past 200,000, on line 6.
        Assert.Equal(6, finding.Location!.Line);
        Assert.Equal("Write the values out instead of repeating them with '&' anchors and '*' aliases.", finding.Fix);
    }

    [Fact]
    public void Given_a_few_aliases_When_loaded_Then_they_are_read_as_before()
    {
        var yaml = TempCaseFolder.MinimalChild.Replace("preferred_name: Maisie", "preferred_name: &name Maisie", StringComparison.Ordinal)
            + "people:\n  - id: me\n    name: *name\n    relationship: me\n    group: others\n";
        using var folder = TempCaseFolder.With(yaml);

        var result = folder.Load();

        Assert.DoesNotContain(result.Findings, f => f.IsError);
        Assert.Equal("Maisie", result.Case!.Model.People[0].Name);
    }

    [Fact]
    public void Given_a_value_longer_than_the_limit_When_loaded_Then_a_too_long_error_at_the_value()
    {
        var finding = Assert.Single(LoadHarness.FindingsFor("child:\n  legal_name: " + new string('x', CaseLimits.MaxTextLength + 1) + "\n"));

        Assert.Equal("too-long", finding.Code);
        Assert.Equal(new SourceLocation("case.yaml", 2, 15), finding.Location);
    }

    [Fact]
    public void Given_a_case_yaml_larger_than_the_limit_When_loaded_Then_it_is_refused_before_parsing()
    {
        using var folder = new TempCaseFolder();
        File.WriteAllBytes(Path.Combine(folder.Path, "case.yaml"), new byte[CaseLimits.MaxFileBytes + 1]);

        var finding = Assert.Single(folder.Load().Findings);

        Assert.Equal("unreadable-file", finding.Code);
        Assert.Equal("'case.yaml' is larger than the limit of 4 MB.", finding.Message);
    }

    [Fact]
    public void Given_an_unclosed_bracket_before_a_comment_When_loaded_Then_a_syntax_error_at_the_bracket_with_the_fix()
    {
        var finding = Assert.Single(LoadHarness.FindingsFor(TempCaseFolder.MinimalChild + "photos:\n  - file: a.jpg\n    hidden_from: [parents   # private\n  - file: b.jpg\n"));

        Assert.Equal("yaml-syntax", finding.Code);
        Assert.Equal(new SourceLocation("case.yaml", 9, 18), finding.Location);
        Assert.Equal("The '[' here is never closed, so the YAML after it could not be read.", finding.Message);
        Assert.Equal("Close it with ']' on the same line, such as hidden_from: [parents].", finding.Fix);
    }

    [Fact]
    public void Given_an_unclosed_bracket_at_the_end_When_loaded_Then_the_fix_says_to_close_the_list()
    {
        var finding = Assert.Single(LoadHarness.FindingsFor(TempCaseFolder.MinimalChild + "photos:\n  - file: a.jpg\n    hidden_from: [parents\n"));

        Assert.Equal("yaml-syntax", finding.Code);
        Assert.Equal(new SourceLocation("case.yaml", 9, 18), finding.Location);
        Assert.Equal("Close it with ']' on the same line, such as hidden_from: [parents].", finding.Fix);
    }

    [Fact]
    public void Given_a_second_document_When_loaded_Then_an_error_at_its_marker()
    {
        var finding = Assert.Single(LoadHarness.FindingsFor(TempCaseFolder.MinimalChild + "---\nchild:\n  preferred_name: Other\n"));

        Assert.Equal("second-document", finding.Code);
        Assert.Equal(new SourceLocation("case.yaml", 7, 1), finding.Location);
    }

    [Fact]
    public void Given_a_case_saved_as_windows_1252_When_loaded_Then_it_says_save_it_as_utf8_with_the_byte_and_line()
    {
        using var folder = new TempCaseFolder();
        var bytes = Encoding.ASCII.GetBytes(TempCaseFolder.MinimalChild.Replace("Maisie Test", "Ma?sie Test", StringComparison.Ordinal));
        var at = Array.IndexOf(bytes, (byte)'?');
        bytes[at] = 0xEF; // "ï" in Windows-1252
        File.WriteAllBytes(Path.Combine(folder.Path, "case.yaml"), bytes);

        var finding = Assert.Single(folder.Load().Findings);

        Assert.Equal("not-utf8", finding.Code);
        Assert.Equal(new SourceLocation("case.yaml", 2, 17), finding.Location);
        Assert.Equal($"case.yaml is not saved as UTF-8: byte {at + 1} (line 2, column 17) is 0xEF, which UTF-8 does not allow (perhaps it was saved as Windows-1252 or Latin-1).", finding.Message);
        Assert.StartsWith("Open it in your editor and save it as UTF-8", finding.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_case_saved_as_utf16_When_loaded_Then_it_says_so()
    {
        using var folder = new TempCaseFolder();
        File.WriteAllBytes(Path.Combine(folder.Path, "case.yaml"), [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(TempCaseFolder.MinimalChild)]);

        var finding = Assert.Single(folder.Load().Findings);

        Assert.Equal("not-utf8", finding.Code);
        Assert.Equal("case.yaml is saved as UTF-16, not UTF-8.", finding.Message);
    }

    [Fact]
    public void Given_a_utf8_byte_order_mark_When_loaded_Then_the_case_loads()
    {
        using var folder = new TempCaseFolder();
        File.WriteAllBytes(Path.Combine(folder.Path, "case.yaml"), [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(TempCaseFolder.MinimalChild)]);

        Assert.NotNull(folder.Load().Case);
    }

    [Fact]
    public void Given_case_yaml_is_a_fifo_When_loaded_Then_it_is_refused_without_waiting()
    {
        using var folder = new TempCaseFolder();
        Fifo.Make(Path.Combine(folder.Path, "case.yaml"));

        var finding = Assert.Single(folder.Load().Findings);

        Assert.Equal("unreadable-file", finding.Code);
        Assert.Equal("'case.yaml' is not an ordinary file (it is a pipe, a device or a socket), so it cannot be read.", finding.Message);
    }
}
