using System.Diagnostics;

namespace LifeStory.Tests.Cli;

/// <summary>Runs the real `lifestory` program in its own process, as a person would, and captures what it says.</summary>
internal static class CliRunner
{
    public sealed record Outcome(int ExitCode, string Output, string Errors);

    public static Outcome Run(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "lifestory.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return new Outcome(process.ExitCode, output.Result, errors.Result);
    }
}
