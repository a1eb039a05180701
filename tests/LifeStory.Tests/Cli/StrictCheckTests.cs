using LifeStory.Tests.Support;

namespace LifeStory.Tests.Cli;

public sealed class StrictCheckTests
{
    [Fact]
    public void Both_samples_pass_the_strict_check_as_examples_of_good_practice()
    {
        foreach (var child in new[] { "maisie", "yusuf" })
        {
            var strict = CliRunner.Run(Repo.Root, "check", Repo.Sample(child), "--today", "2026-11-23", "--strict");
            Assert.True(strict.ExitCode == 0, strict.Output + strict.Errors);
            Assert.Contains($"{child}: 0 errors", strict.Output + strict.Errors, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Wording_advice_is_a_warning_unless_strict_makes_it_an_error()
    {
        using var temp = new TempFolder();
        var sample = temp.CopyOf(Repo.Sample("maisie"));
        var yaml = File.ReadAllText(Path.Combine(sample, "case.yaml"));
        File.WriteAllText(Path.Combine(sample, "case.yaml"), yaml.Replace(
            "      - Maisie can swim 25 metres and got her certificate.",
            "      - Maisie can swim 25 metres, and the comprehensive assessment of her educational requirements was satisfactory.", StringComparison.Ordinal));
        var plain = CliRunner.Run(Repo.Root, "check", sample, "--today", "2026-11-23");
        Assert.Equal(0, plain.ExitCode);
        Assert.Contains("warning: letter: ", plain.Output + plain.Errors, StringComparison.Ordinal);

        var strict = CliRunner.Run(Repo.Root, "check", sample, "--today", "2026-11-23", "--strict");
        Assert.Equal(2, strict.ExitCode);
        Assert.Contains("error: letter: ", strict.Output + strict.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Jargon_added_by_a_templates_folder_is_found()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.File("words"));
        File.WriteAllText(folder.File("words/jargon.yaml"), "terms:\n  - term: wind-down box\n    instead: calm box\n");
        var run = CliRunner.Run(Repo.Root, "check", Repo.Sample("maisie"), "--today", "2026-11-23", "--templates", folder.Path);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("\"wind-down box\" is social-work jargon. Say \"calm box\" instead.", run.Output + run.Errors, StringComparison.Ordinal);
    }
}
