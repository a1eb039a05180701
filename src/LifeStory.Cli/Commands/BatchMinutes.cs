using System.Globalization;
using LifeStory.Cli.Reporting;
using LifeStory.Pipeline;

namespace LifeStory.Cli.Commands;

/// <summary>
/// `minutes --batch &lt;folder&gt;`: every due letter in a folder of cases. A line on standard error as each case
/// finishes, then the summary on standard output: the files written, the cases with no review yet, and each
/// failed case with its first error, so a team manager can see at a glance what still needs fixing.
/// </summary>
internal static class BatchMinutes
{
    public static int Run(string folder, RunRequest request, bool allReaders, Reporter reporter)
    {
        if (!Directory.Exists(folder)) throw new UsageException($"--batch '{folder}' is not a folder.");
        if (request.OutputPath is not null)
            throw new UsageException("--output cannot be used with --batch: each letter goes to its own case's output/ folder.");

        var result = BatchRun.Run(folder, request, allReaders, done => reporter.Note("· " + Progress(done)));
        if (result.Cases.Count == 0)
        {
            foreach (var notCase in result.NotCases) reporter.Note($"Not a case: {notCase} has no case.yaml");
            reporter.Failure($"There are no case folders (folders holding case.yaml) in '{folder}'.");
            return ExitCodes.InvalidInput;
        }

        foreach (var made in result.Made)
            foreach (var file in made.Files) reporter.Result("Wrote " + Path.GetRelativePath(Environment.CurrentDirectory, file));
        foreach (var nothing in result.NothingToWrite) reporter.Result($"Nothing to write for {nothing.Name}: it has no review meetings yet");
        foreach (var notCase in result.NotCases) reporter.Result($"Not a case: {notCase} has no case.yaml");
        var failed = result.Failed.ToList();
        reporter.Result(Headline(result.Made.Sum(c => c.Letters.Count()), result.NothingToWrite.Count(), failed.Count));
        foreach (var failure in failed) reporter.Result($"  {failure.Name}: {failure.Reason}");
        return failed.Count == 0 ? ExitCodes.Success : ExitCodes.InvalidInput;
    }

    private static string Progress(BatchCase done) => done.Outcome switch
    {
        BatchOutcome.Made => $"{done.Name}: {string.Join(", ", done.Letters.Select(Path.GetFileName))}",
        BatchOutcome.NothingToWrite => $"{done.Name}: no review meetings yet, nothing to write",
        _ => $"{done.Name}: failed",
    };

    /// <summary>"Made 2 letters, 1 case had no review, 1 failed:" — zero counts other than letters are left out.</summary>
    private static string Headline(int letters, int nothing, int failed)
    {
        var parts = new List<string> { string.Create(CultureInfo.InvariantCulture, $"Made {letters} letter{(letters == 1 ? "" : "s")}") };
        if (nothing > 0) parts.Add(string.Create(CultureInfo.InvariantCulture, $"{nothing} case{(nothing == 1 ? "" : "s")} had no review"));
        if (failed > 0) parts.Add(string.Create(CultureInfo.InvariantCulture, $"{failed} failed"));
        return string.Join(", ", parts) + (failed > 0 ? ":" : ".");
    }
}
