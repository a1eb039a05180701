using System.CommandLine;
using LifeStory.Cases.Scaffold;
using LifeStory.Cli.Reporting;

namespace LifeStory.Cli.Commands;

/// <summary>`new`: start a case folder with a commented example case.yaml to fill in.</summary>
internal static class NewCommand
{
    public static Command Create()
    {
        var folder = new Argument<DirectoryInfo>("folder") { Description = "The new case folder to create." };
        var command = new Command("new", "Create a new case folder with a commented case.yaml to fill in.") { folder };
        command.SetAction(parse =>
        {
            var reporter = Reporter.Standard(parse.GetValue(CommonOptions.Quiet));
            return Guard.Run(reporter, () =>
            {
                var path = parse.GetValue(folder)!.FullName;
                var findings = CaseScaffold.Create(path);
                reporter.Findings(findings);
                if (findings.Any(f => f.IsError)) return ExitCodes.InvalidInput;
                reporter.Result($"Created {Path.Combine(Path.GetRelativePath(Environment.CurrentDirectory, path), "case.yaml")}");
                return ExitCodes.Success;
            });
        });
        return command;
    }
}
