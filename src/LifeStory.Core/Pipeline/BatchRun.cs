using LifeStory.Checking;

namespace LifeStory.Pipeline;

/// <summary>
/// Review letters for a folder of cases: every immediate subfolder holding case.yaml is a case, and each gets
/// the letter for its latest review (or the request's review date) in its own output/ folder. One bad case is
/// recorded and skipped; it never stops the others. Cases run in parallel, one per core, because each letter
/// is independent and CPU-bound.
/// </summary>
public static class BatchRun
{
    /// <param name="folder">The folder of case folders.</param>
    /// <param name="request">The settings for every case; its CaseFolder and OutputPath are replaced per case.</param>
    /// <param name="allReaders">Write every reader's version and a manifest, as `minutes --all` does.</param>
    /// <param name="finished">Told about each case as it finishes, one at a time (never concurrently), for progress.</param>
    public static BatchResult Run(string folder, RunRequest request, bool allReaders = false, Action<BatchCase>? finished = null)
    {
        // Hidden folders (.git, .lifestory-cache) are never cases; any other folder without case.yaml is listed,
        // so a case saved under the wrong name is noticed rather than silently left without its letter.
        var folders = Directory.EnumerateDirectories(folder)
            .Where(d => !Path.GetFileName(d).StartsWith('.'))
            .Order(StringComparer.Ordinal)
            .ToArray();
        var cases = folders.Where(d => Path.Exists(Path.Combine(d, "case.yaml"))).ToArray();
        var notCases = folders.Except(cases).Select(Path.GetFileName).OfType<string>().ToArray();
        var results = new BatchCase[cases.Length];
        var gate = new Lock();
        var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        Parallel.For(0, cases.Length, options, i =>
        {
            var done = One(cases[i], request with { CaseFolder = cases[i], OutputPath = null }, allReaders);
            results[i] = done;
            if (finished is null) return;
            lock (gate) finished(done);
        });
        return new BatchResult(results) { NotCases = notCases };
    }

    private static BatchCase One(string folder, RunRequest request, bool allReaders)
    {
        var name = Path.GetFileName(folder);
        try
        {
            IReadOnlyList<RunResult> results;
            string? manifest = null;
            if (allReaders) (results, manifest) = AllReaders.Run(request);
            else results = [CasePipeline.Run(request)];

            var errors = results.SelectMany(r => r.Findings).Where(f => f.IsError).ToList();
            if (errors.Count == 0 && results.All(r => r.Succeeded))
            {
                var files = results.Select(r => r.OutputPath!).ToList();
                if (manifest is not null) files.Add(manifest);
                return new BatchCase(name, folder, BatchOutcome.Made, files);
            }
            // Only "no reviews at all" means no letter is due; a --review date the case lacks is a real failure.
            if (errors.Count > 0 && errors.All(e => e.Code == CasePipeline.NoReviews))
                return new BatchCase(name, folder, BatchOutcome.NothingToWrite, []);
            return new BatchCase(name, folder, BatchOutcome.Failed, [], Reason(errors));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // One case's surprise (a locked file, a bug) must not stop the letters of every other child.
            return new BatchCase(name, folder, BatchOutcome.Failed, [], $"Something went wrong: {ex.Message}");
        }
    }

    private static string Reason(IReadOnlyList<Finding> errors) => errors.Count switch
    {
        0 => "The letter was not written.",
        1 => errors[0].ToString(),
        _ => $"{errors[0]} (and {errors.Count - 1} more error{(errors.Count == 2 ? "" : "s")}: run `lifestory check` on it to see them all)",
    };
}
