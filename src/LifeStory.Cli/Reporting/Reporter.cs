using LifeStory.Checking;
using Spectre.Console;

namespace LifeStory.Cli.Reporting;

/// <summary>
/// Everything the CLI says. Findings and progress go to standard error, results to standard output, so a
/// script can capture the file names. Colour only when the terminal supports it.
/// </summary>
internal sealed class Reporter(bool quiet, TextWriter output, TextWriter errors)
{
    private readonly IAnsiConsole _err = CreateConsole(errors);

    public static Reporter Standard(bool quiet) => new(quiet, Console.Out, Console.Error);

    private static IAnsiConsole CreateConsole(TextWriter errors)
    {
        // Colour only for a person at a terminal; logs and tests get plain text, one finding per line.
        var terminal = ReferenceEquals(errors, Console.Error) && !Console.IsErrorRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(errors),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        });
        console.Profile.Width = 10_000;
        return console;
    }

    public IProgress<string> Progress => new StageProgress(this);

    public void Findings(IEnumerable<Finding> findings)
    {
        // In file order, as an editor lists them; findings without a place come first.
        var ordered = findings.OrderBy(f => f.Location?.File ?? "", StringComparer.Ordinal)
            .ThenBy(f => f.Location?.Line ?? 0).ThenBy(f => f.Location?.Column ?? 0);
        foreach (var finding in ordered)
        {
            if (quiet && !finding.IsError) continue;
            var (colour, level) = finding.Severity switch { Severity.Error => ("red", "error"), Severity.Note => ("blue", "note"), _ => ("yellow", "warning") };
            var where = finding.Location is null ? "" : Markup.Escape(finding.Location + ": ");
            var field = finding.Field.Length == 0 ? "" : Markup.Escape(finding.Field + ": ");
            var fix = finding.Fix is null ? "" : " [grey]" + Markup.Escape(finding.Fix) + "[/]";
            _err.MarkupLine($"{where}[{colour}]{level}[/]: {field}{Markup.Escape(finding.Message)}{fix}");
        }
    }

    public void Result(string line) => output.WriteLine(line);

    /// <summary>What to do with a file just written (how to print it), after its name; left out with --quiet.</summary>
    public void Advice(string line)
    {
        if (!quiet) output.WriteLine(line);
    }

    public void Note(string line)
    {
        if (!quiet) _err.MarkupLine("[grey]" + Markup.Escape(line) + "[/]");
    }

    /// <summary>Something the reader should know about the output, such as pictures left out of it.</summary>
    public void Warning(string line)
    {
        if (!quiet) _err.MarkupLine("[yellow]" + Markup.Escape(line) + "[/]");
    }

    public void Failure(string line) => _err.MarkupLine("[red]error[/]: " + Markup.Escape(line));

    /// <summary>Synchronous progress: Progress&lt;T&gt; would post to the thread pool and print out of order.</summary>
    private sealed class StageProgress(Reporter reporter) : IProgress<string>
    {
        public void Report(string value) => reporter.Note("· " + value + "…");
    }
}
