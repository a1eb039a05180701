using LifeStory.Cases.Loading;
using LifeStory.Cases.Model;
using LifeStory.Checking;
using LifeStory.Documents.Rendering;
using LifeStory.Pipeline;
using LifeStory.Web.Data;
using LifeStory.Web.Documents;
using LifeStory.Web.Storage;

using LifeStory.Templating;

namespace LifeStory.Web.CouncilTemplates;

/// <summary>
/// Tries a council's templates on the sample children before anyone's real book uses them: every product for every
/// reader, through the CLI's own pipeline with the set as --templates. A set goes live only when nothing here is an
/// error, so a broken template is met by the administrator, never by a social worker printing a child's book.
/// </summary>
public static class TemplateTrial
{
    private static readonly Audience[] Readers = [Audience.Child, Audience.Carers, Audience.Parents, Audience.Record];

    /// <summary>The sample children shipped beside the app (the demo's), which every council set is tried on.</summary>
    public static IReadOnlyList<string> Samples => DemoSeed.SampleNames;

    /// <summary>The errors that say a sample has no such document at all, rather than that a template failed.</summary>
    private static readonly HashSet<string> NothingToWrite = new(StringComparer.Ordinal)
    {
        "no-later-life-letter", PlanDocuments.NoConferences, PlanDocuments.NoPathwayPlan,
    };

    public static IReadOnlyList<TrialRun> Run(IReadOnlyList<CaseFile> templates, DateOnly today)
    {
        using var set = WriteSet(templates);
        var runs = new List<TrialRun>();
        foreach (var sample in Samples)
        {
            using var folder = TempCaseFolder.Write(DemoSeed.ReadFolder(SampleFolder(sample)));
            var checks = EveryCheck.Run(CaseLoader.Load(folder.CaseFolder), today, TemplatesIn(set))
                .Where(f => f.IsError).Select(f => Relative(f, folder, set)).ToList();
            foreach (var product in Enum.GetValues<Product>())
                foreach (var reader in Readers)
                {
                    Composition composed;
                    try
                    {
                        composed = CasePipeline.Compose(Request(product, folder.CaseFolder, TemplatesIn(set), today, reader));
                    }
                    catch (SettingsFileException unreadable)
                    {
                        // A settings file this set brings that nothing can read: reported once, with its file and line.
                        runs.Add(new TrialRun(sample, product, reader, 0, checks.Append(Relative(unreadable.ToFinding(), folder, set)).Distinct().ToList()));
                        continue;
                    }
                    using var _ = composed;
                    var findings = checks.Concat(composed.Findings.Select(f => Relative(f, folder, set))).Distinct().ToList();
                    // A sample without a later-life letter, a conference or a pathway plan is not the template's fault:
                    // that product is left out of its trial.
                    if (composed.Pages is null && findings.Count > 0 && findings.All(f => NothingToWrite.Contains(f.Code))) continue;
                    runs.Add(new TrialRun(sample, product, reader, composed.Pages?.Pages.Count ?? 0, findings));
                }
        }
        return runs;
    }

    /// <summary>The pages of one trial document, drawn at preview resolution.</summary>
    public static IReadOnlyList<byte[]> Pages(IReadOnlyList<CaseFile> templates, string sample, Product product, Audience reader, DateOnly today)
    {
        using var set = WriteSet(templates);
        using var folder = TempCaseFolder.Write(DemoSeed.ReadFolder(SampleFolder(sample)));
        using var composed = CasePipeline.Compose(Request(product, folder.CaseFolder, TemplatesIn(set), today, reader));
        if (composed.Pages is not { } pages) return [];
        return Enumerable.Range(0, pages.Pages.Count).Select(i => PngWriter.RenderPng(pages, i, composed.Pictures, DocumentMaker.PreviewDpi)).ToList();
    }

    /// <summary>The set in a private folder named "templates", so messages name its files as the council does: templates/book/cover.sbn.</summary>
    private static TempCaseFolder WriteSet(IReadOnlyList<CaseFile> templates) =>
        TempCaseFolder.Write(new CaseFolderContents(templates.Select(f => f with { Path = "templates/" + f.Path })));

    private static string TemplatesIn(TempCaseFolder set) => Path.Combine(set.CaseFolder, "templates");

    private static RunRequest Request(Product product, string caseFolder, string templates, DateOnly today, Audience reader) =>
        new(product, caseFolder, today, TemplatesFolder: templates, Format: OutputFormat.Png, Reader: reader);

    private static string SampleFolder(string sample) => Path.Combine(AppContext.BaseDirectory, "samples", sample);

    /// <summary>Paths in messages as the council knows them: "book/cover.sbn", "case.yaml", never a temporary folder.</summary>
    private static Finding Relative(Finding finding, TempCaseFolder sample, TempCaseFolder set)
    {
        var root = finding.Location?.File is { } file && file.StartsWith(set.CaseFolder + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? set.CaseFolder
            : sample.CaseFolder;
        var relative = FindingPaths.Relative(finding, root);
        return relative with { Message = relative.Message.Replace(set.CaseFolder + Path.DirectorySeparatorChar, "", StringComparison.Ordinal) };
    }
}
