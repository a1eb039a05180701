using LifeStory.Tests.Support;

namespace LifeStory.Tests.Cli;

public sealed class StrictCheckTests
{
    [Fact]
    public void Wording_advice_is_a_warning_unless_strict_makes_it_an_error()
    {
        var sample = Repo.Sample("maisie");
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
