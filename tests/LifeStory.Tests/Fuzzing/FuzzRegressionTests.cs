using System.Text;
using LifeStory.Tests.Documents.Markdown;
using LifeStory.Fuzz;
using LifeStory.Tests.Support;

namespace LifeStory.Tests.Fuzzing;

/// <summary>
/// Every input that ever crashed, hung or ran away, kept and run through the same targets as the fuzzer: the
/// probe of issue 11 and what the harnesses found. A small find is kept as a file in tests/LifeStory.Fuzz/Crashes/&lt;target&gt;/
/// (fuzz-afl copies afl-fuzz's there); one too large to keep as a file is generated here.
/// </summary>
public sealed class FuzzRegressionTests(FuzzRunTests.Folders folders) : IClassFixture<FuzzRunTests.Folders>
{
    /// <summary>Inputs too large to keep as files: generated here, each once a crash or a runaway.</summary>
    public static TheoryData<string, string> Markdown => new()
    {
        // "'0' cannot be greater than -2.5" while drawing the rounded corners of a box around a very long name.
        { "a very long name in a quote", "> " + new string('M', 3000) + "\n" },
        // A 100 KB word took 47 s and 4.8 GB to break into lines.
        { "one word of 100,000 letters", new string('a', 100_000) + "\n" },
    };

    [Theory]
    [MemberData(nameof(Markdown))]
    public void Given_Markdown_that_once_crashed_When_read_laid_out_and_drawn_Then_it_is_drawn(string name, string markdown)
    {
        Assert.NotEmpty(name);
        FuzzTargets.Markdown(markdown, folders.Pictures.Pictures);
    }

    public static TheoryData<string, string> CaseFiles => new()
    {
        // Stack overflow, exit 134, and a batch with no summary.
        { "lists nested 100,000 deep", "child: " + new string('[', 100_000) + new string(']', 100_000) + "\n" },
        { "fields nested 5,000 deep", string.Concat(Enumerable.Range(0, 5_000).Select(i => new string(' ', i) + "k:\n")) },
        // 34 KB that grew past 6 GB.
        { "a billion laughs", Laughs() },
    };

    [Theory]
    [MemberData(nameof(CaseFiles))]
    public void Given_a_case_file_that_once_crashed_When_loaded_Then_it_is_reported_with_a_place(string name, string yaml)
    {
        Assert.NotEmpty(name);
        FuzzTargets.CaseYaml(Encoding.UTF8.GetBytes(yaml), folders.Case, makeBook: false);
    }

    /// <summary>Every kept crash file, named by its target's folder: the probe's finds and afl-fuzz's (fuzz-afl).</summary>
    public static TheoryData<string, string> KeptCrashes
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var target in FuzzTargets.Names.Order(StringComparer.Ordinal))
                foreach (var file in Directory.EnumerateFiles(Path.Combine(CrashFolder, target)).Order(StringComparer.Ordinal))
                    data.Add(target, Path.GetFileName(file));
            return data;
        }
    }

    private static string CrashFolder => Path.Combine(Repo.Root, "tests", "LifeStory.Fuzz", "Crashes");

    [Theory]
    [MemberData(nameof(KeptCrashes))]
    public void Given_a_kept_crash_file_When_run_through_its_target_Then_it_finishes_without_an_exception(string target, string file)
    {
        var bytes = File.ReadAllBytes(Path.Combine(CrashFolder, target, file));
        if (target == FuzzTargets.CaseYamlName) FuzzTargets.CaseYaml(bytes, folders.Case, makeBook: false);
        else FuzzTargets.Markdown(Encoding.UTF8.GetString(bytes), folders.Pictures.Pictures);
        Assert.Contains(target, FuzzTargets.Names);
    }

    [Fact]
    public void Given_Maisie_with_an_empty_quote_a_blank_child_said_and_a_long_name_When_made_into_a_book_Then_it_is_drawn()
    {
        var yaml = File.ReadAllText(Path.Combine(Repo.Sample("maisie"), "case.yaml"))
            .Replace("preferred_name: Maisie", "preferred_name: " + new string('M', 2000), StringComparison.Ordinal)
            .Replace("child_said: School is good.", "child_said: '   '\n    #", StringComparison.Ordinal)
            .Replace("    markdown: |\n", "    markdown: |\n      >\n\n      ::: speech\n      :::\n\n", StringComparison.Ordinal);

        FuzzTargets.CaseYaml(Encoding.UTF8.GetBytes(yaml), folders.Case, makeBook: true);
    }

    private static string Laughs()
    {
        var yaml = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var i = 1; i < 10; i++) yaml.Append($"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 9))}]\n");
        return yaml.Append("child: *a9\n").ToString();
    }
}
