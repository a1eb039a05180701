using System.Text.Json;
using LifeStory.Pipeline;
using LifeStory.Tests.Support;

namespace LifeStory.Tests.Cli;

/// <summary>`minutes --easy-read`: the parents' easy-read letter on its own, with every version, and refused for anyone else.</summary>
public sealed class EasyReadCliTests
{
    /// <summary>Maisie's case with her birth mum marked as needing easy read.</summary>
    private static string MarkedMaisie(TempFolder temp)
    {
        var folder = temp.CopyOf(Repo.Sample("maisie"));
        var yaml = Path.Combine(folder, "case.yaml");
        File.WriteAllText(yaml, File.ReadAllText(yaml).Replace("    known_as: Mum Kelly\n", "    known_as: Mum Kelly\n    needs: [easy_read]\n", StringComparison.Ordinal));
        return folder;
    }

    [Fact]
    public void Given_for_parents_and_easy_read_When_minutes_are_made_Then_the_file_says_it_is_the_easy_read_copy()
    {
        using var temp = new TempFolder();
        var folder = temp.CopyOf(Repo.Sample("maisie"));

        var outcome = CliRunner.Run(temp.Path, "minutes", folder, "--for", "parents", "--easy-read", "-q", "--today", "2026-11-23");

        Assert.Equal(0, outcome.ExitCode);
        Assert.Matches(@"^Wrote maisie/output/review-letter-2026-09-15-for-parents-easy-read\.pdf \(\d+ pages\)\n$", outcome.Output);
    }

    [Theory]
    [InlineData("child")]
    [InlineData("record")]
    public void Given_easy_read_for_another_reader_When_run_Then_it_stops_saying_how_to_ask(string reader)
    {
        using var temp = new TempFolder();
        var folder = temp.CopyOf(Repo.Sample("maisie"));

        var outcome = CliRunner.Run(temp.Path, "minutes", folder, "--for", reader, "--easy-read", "--today", "2026-11-23");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains(EasyReadRequest.ParentsOnly, outcome.Errors, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(folder, "output")));
    }

    [Fact]
    public void Given_a_parent_who_needs_easy_read_When_all_versions_are_made_Then_the_easy_read_one_is_written_and_in_the_manifest()
    {
        using var temp = new TempFolder();
        var folder = MarkedMaisie(temp);

        var outcome = CliRunner.Run(temp.Path, "minutes", folder, "--all", "-q", "--today", "2026-11-23");

        Assert.Equal(0, outcome.ExitCode);
        var lines = outcome.Output.TrimEnd('\n').Split('\n');
        Assert.Equal(6, lines.Length);
        Assert.Matches(@"^Wrote maisie/output/review-letter-2026-09-15-for-parents-easy-read\.pdf \(\d+ pages\)$", lines[4]);
        Assert.Equal("Wrote maisie/output/review-letter-2026-09-15-manifest.json", lines[^1]);
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "output", "review-letter-2026-09-15-manifest.json")));
        var versions = manifest.RootElement.GetProperty("versions").EnumerateArray().ToList();
        Assert.Equal(["child", "parents", "carers", "record", "parents"], versions.Select(v => v.GetProperty("reader").GetString()));
        Assert.Equal([false, false, false, false, true], versions.Select(v => v.TryGetProperty("easyRead", out var easy) && easy.GetBoolean()));
        Assert.Equal("review-letter-2026-09-15-for-parents-easy-read.pdf", versions[^1].GetProperty("file").GetString());
        Assert.All(versions, v => Assert.True(File.Exists(Path.Combine(folder, "output", v.GetProperty("file").GetString()!))));
    }
}
