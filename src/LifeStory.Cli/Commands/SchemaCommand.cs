using System.CommandLine;
using LifeStory.Cases.Schema;
using LifeStory.Cli.Reporting;
using LifeStory.Output;

namespace LifeStory.Cli.Commands;

/// <summary>`schema`: write the JSON Schema for case.yaml, so an editor can check and complete case files.</summary>
internal static class SchemaCommand
{
    public static Command Create()
    {
        var output = new Argument<FileInfo>("file")
        {
            Description = "Where to write the schema. Default: case.schema.json here.",
            DefaultValueFactory = _ => new FileInfo("case.schema.json"),
        };
        var command = new Command("schema", "Write the JSON Schema for case.yaml (editors use it to check and complete case files).") { output };
        command.SetAction(parse =>
        {
            var reporter = Reporter.Standard(parse.GetValue(CommonOptions.Quiet));
            return Guard.Run(reporter, () =>
            {
                var file = parse.GetValue(output)!.FullName;
                AtomicFile.Write(file, stream => stream.Write(System.Text.Encoding.UTF8.GetBytes(CaseSchema.Generate())));
                reporter.Result($"Wrote {Path.GetRelativePath(Environment.CurrentDirectory, file)}");
                return ExitCodes.Success;
            });
        });
        return command;
    }
}
