using System.Text.Json;
using LifeStory.Tests.Support;

namespace LifeStory.Tests.Cli;

public sealed class AllReadersTests
{
    [Fact]
    public void Given_all_When_minutes_are_made_Then_each_readers_copy_and_a_manifest_naming_them_are_written()
    {
        using var temp = new TempFolder();
        var folder = temp.CopyOf(Repo.Sample("maisie"));

        var outcome = CliRunner.Run(temp.Path, "minutes", folder, "--all", "-q", "--today", "2026-11-23");

        Assert.Equal(0, outcome.ExitCode);
        var lines = outcome.Output.TrimEnd('\n').Split('\n');
        Assert.Equal(5, lines.Length);
        Assert.Equal("Wrote maisie/output/review-letter-2026-09-15-manifest.json", lines[^1]);
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "output", "review-letter-2026-09-15-manifest.json")));
        var versions = manifest.RootElement.GetProperty("versions").EnumerateArray().ToList();
        Assert.Equal(["child", "parents", "carers", "record"], versions.Select(v => v.GetProperty("reader").GetString()));
        Assert.All(versions, v => Assert.True(File.Exists(Path.Combine(folder, "output", v.GetProperty("file").GetString()!))));
        Assert.Equal(64, manifest.RootElement.GetProperty("caseData").GetProperty("sha256").GetString()!.Length);
    }

    [Fact]
    public void Given_for_parents_When_minutes_are_made_Then_the_file_name_says_whose_copy_it_is()
    {
        using var temp = new TempFolder();
        var folder = temp.CopyOf(Repo.Sample("yusuf"));

        var outcome = CliRunner.Run(temp.Path, "minutes", folder, "--for", "parents", "-q", "--today", "2026-11-23");

        Assert.Equal(0, outcome.ExitCode);
        Assert.Matches(@"^Wrote yusuf/output/review-letter-2026-08-12-for-parents\.pdf \(\d+ pages\)\n$", outcome.Output);
    }
}
