using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using LifeStory.Cases.Model;
using LifeStory.Output;

namespace LifeStory.Pipeline;

/// <summary>
/// Every reader's version of one output (the child's, the parents', the carers' and the full record), plus a
/// manifest for the child's file saying which version was made for whom and from which data.
/// </summary>
public static class AllReaders
{
    private static readonly Audience[] Readers = [Audience.Child, Audience.Parents, Audience.Carers, Audience.Record];

    public static (IReadOnlyList<RunResult> Results, string? Manifest) Run(RunRequest request, IProgress<string>? progress = null)
    {
        var results = new List<RunResult>();
        foreach (var reader in Readers)
        {
            var result = CasePipeline.Run(request with { Reader = reader, OutputPath = null }, progress);
            results.Add(result);
            if (!result.Succeeded) return (results, null);
        }
        var folder = Path.GetDirectoryName(results[0].OutputPath!)!;
        // Each format has its own manifest: the Markdown versions' must not replace the PDFs' (which names their hashes).
        var format = request.Format == OutputFormat.Pdf ? "" : "-" + Renditions.Extension(request.Format).TrimStart('.');
        var manifest = Path.Combine(folder, ManifestBase(results[0].OutputPath!) + format + "-manifest.json");
        var caseFile = Path.Combine(request.CaseFolder, "case.yaml");
        var entries = Readers.Zip(results, (reader, result) => new
        {
            reader = reader.ToString().ToLowerInvariant(),
            file = Path.GetFileName(result.OutputPath!),
            pages = result.PageCount,
            sha256 = Hash(File.ReadAllBytes(result.OutputPath!)),
        });
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

    /// <summary>"review-letter-2026-09-15" from the child's file, whatever the format (PNG pages end "-01").</summary>
    private static string ManifestBase(string childFile)
    {
        var name = Path.GetFileNameWithoutExtension(childFile);
        return childFile.EndsWith(".png", StringComparison.Ordinal) && name.Length > 3 && name[^3] == '-' ? name[..^3] : name;
    }

    private static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
