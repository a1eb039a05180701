using System.CommandLine;
using System.Globalization;
using LifeStory.Cases.Loading;
using LifeStory.Checking;
using LifeStory.Cli.Reporting;

namespace LifeStory.Cli.Commands;

/// <summary>
/// `check`: read and check a case folder and print every problem, without writing any output (laying out the
/// letter to read it may fill the case's picture cache). --strict makes wording advice count as errors.
/// </summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var caseFolder = CommonOptions.CaseFolder();
        var today = CommonOptions.Today();
        var templates = CommonOptions.Templates();
        var strict = new Option<bool>("--strict")
        {
            Description = "Treat social-work jargon and paragraphs too hard for the child to read as errors, not warnings.",
        };
        var language = CommonOptions.Language();
        var command = new Command("check", "Check a case folder and list every problem, with its line and how to fix it.") { caseFolder, today, templates, strict, language };
        command.SetAction(parse =>
        {
            var reporter = Reporter.Standard(parse.GetValue(CommonOptions.Quiet));
            return Guard.Run(reporter, () =>
            {
                var folder = parse.GetValue(caseFolder)!.FullName;
                var loaded = CaseLoader.Load(folder);
                var findings = EveryCheck.Run(loaded, CommonOptions.ParseToday(parse.GetValue(today)), parse.GetValue(templates)?.FullName, parse.GetValue(language)).ToList();
                if (parse.GetValue(strict)) findings = WordingChecker.Strict(findings).ToList();
                reporter.Findings(findings);
                var errors = findings.Count(f => f.IsError);
                var warnings = findings.Count(f => f.Severity == Severity.Warning);
                reporter.Result(string.Create(CultureInfo.InvariantCulture,
                    $"{Path.GetFileName(folder)}: {errors} error{(errors == 1 ? "" : "s")}, {warnings} warning{(warnings == 1 ? "" : "s")}"));
                return errors > 0 ? ExitCodes.InvalidInput : ExitCodes.Success;
            });
        });
        return command;
    }
}
