using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using LifeStory.Cases.Model;
using LifeStory.Output;

namespace LifeStory.Pipeline;

/// <summary>
/// Every reader's version of one output (the child's, the parents', the carers' and the full record), plus a
/// manifest for the child's file saying which version was made for whom, from which data, and what each leaves
/// out. A version that cannot be made safely (a hidden name in its text) is not written; the others still are.
/// When a birth parent needs easy read, the review letter's versions end with the parents' easy-read one.
/// </summary>
public static class AllReaders
{
    private static readonly Audience[] Readers = [Audience.Child, Audience.Parents, Audience.Carers, Audience.Record];

    /// <summary>The versions <see cref="Run"/> makes, in order: every reader's, then the parents' easy-read one when a parent needs it.</summary>
    public static IReadOnlyList<(Audience Reader, bool EasyRead)> VersionsFor(RunRequest request)
    {
        var versions = Readers.Select(r => (r, false)).ToList();
        if (request.Product is Product.Minutes or Product.Conference && Cases.Loading.CaseLoader.Load(request.CaseFolder).Case is { } loaded
            && EasyReadRequest.Wanted(loaded.Model))
            versions.Add((Audience.Parents, true));
        return versions;
    }

    public static (IReadOnlyList<RunResult> Results, string? Manifest) Run(RunRequest request, IProgress<string>? progress = null)
    {
        var results = new List<RunResult>();
        var versions = VersionsFor(request);
        foreach (var (reader, easyRead) in versions)
        {
            var result = CasePipeline.Run(request with { Reader = reader, OutputPath = null, EasyRead = easyRead }, progress);
            results.Add(result);
            // A case that cannot be read or checked fails the same way for everyone: no point trying the others.
            if (!result.Succeeded && !result.Findings.Any(IsReaderOnly)) return (results, null);
        }
        var first = results.FirstOrDefault(r => r.Succeeded);
        if (first is null) return (results, null);
        var folder = Path.GetDirectoryName(first.OutputPath!)!;
        // Each format has its own manifest: the Markdown versions' must not replace the PDFs' (which names their hashes).
        var format = request.Format == OutputFormat.Pdf ? "" : "-" + Renditions.Extension(request.Format).TrimStart('.');
        var manifest = Path.Combine(folder, ManifestBase(first.OutputPath!) + format + "-manifest.json");
        var caseFile = Path.Combine(request.CaseFolder, "case.yaml");
        var entries = versions.Zip(results, (version, result) => (object)(result.Succeeded && version.EasyRead
            ? new
            {
                reader = version.Reader.ToString().ToLowerInvariant(),
                easyRead = true,
                file = Path.GetFileName(result.OutputPath!),
                pages = result.PageCount,
                sha256 = Hash(File.ReadAllBytes(result.OutputPath!)),
                leftOut = result.Redaction.LeftOut.ToDictionary(kv => kv.Key, kv => kv.Value),
                surnamesLeftOut = result.Redaction.SurnamesLeftOut,
                shownByAnotherName = result.Redaction.Renamed,
                describedAs = result.Redaction.DescribedAs,
                summary = result.Redaction.Describe(withNames: false),
            }
            : result.Succeeded
            ? new
            {
                reader = version.Reader.ToString().ToLowerInvariant(),
                file = Path.GetFileName(result.OutputPath!),
                pages = result.PageCount,
                sha256 = Hash(File.ReadAllBytes(result.OutputPath!)),
                // Counts and general words only: the manifest never holds what the version hides.
                leftOut = result.Redaction.LeftOut.ToDictionary(kv => kv.Key, kv => kv.Value),
                surnamesLeftOut = result.Redaction.SurnamesLeftOut,
                shownByAnotherName = result.Redaction.Renamed,
                describedAs = result.Redaction.DescribedAs,
                summary = result.Redaction.Describe(withNames: false),
            }
            : new
            {
                reader = version.Reader.ToString().ToLowerInvariant(),
                notMade = result.Findings.Where(f => f.IsError).Select(f => f.Code).Distinct().ToList(),
            }));
        var json = JsonSerializer.Serialize(new
        {
            product = request.Product.ToString().ToLowerInvariant(),
            made = request.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            caseData = new { file = "case.yaml", sha256 = Hash(File.ReadAllBytes(caseFile)) },
            versions = entries,
        }, new JsonSerializerOptions { WriteIndented = true });
        AtomicFile.Write(manifest, s => s.Write(Encoding.UTF8.GetBytes(json.ReplaceLineEndings("\n") + "\n")));
        return (results, manifest);
    }

    /// <summary>Findings that stop one reader's version only.</summary>
    public static bool IsReaderOnly(Checking.Finding finding) =>
        !finding.IsError || finding.Code is Checking.HiddenNameChecks.Code or Checking.HiddenNameChecks.OutputCode;

    /// <summary>
    /// "review-letter-2026-09-15" from the first file made, whatever the format (PNG pages end "-01") and even when
    /// only another reader's version could be made ("-for-parents").
    /// </summary>
    private static string ManifestBase(string file)
    {
        var name = Path.GetFileNameWithoutExtension(file);
        if (file.EndsWith(".png", StringComparison.Ordinal) && name.Length > 3 && name[^3] == '-') name = name[..^3];
        return System.Text.RegularExpressions.Regex.Replace(name, "-for-(parents|carers|record)(-easy-read)?$", "");
    }

    private static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
