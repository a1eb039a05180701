using LifeStory.Documents.Pictures;
using System.Collections.Concurrent;
using LifeStory.Documents.Rendering;
using LifeStory.Pipeline;
using LifeStory.Web.Children;
using LifeStory.Web.CouncilTemplates;
using LifeStory.Web.Storage;
using LifeStory.Web.Hosting;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace LifeStory.Web.Documents;

/// <summary>
/// Makes a document from a revision through the CLI's own pipeline: the revision is written to a private temporary
/// case folder, the pipeline runs, the result is read back and the folder is deleted whatever happens. A revision
/// never changes, so what is made from it is kept in memory (never on disk) and shared by everyone allowed to see it;
/// two people asking at once wait for one run.
/// </summary>
public sealed partial class DocumentMaker(TimeProvider clock, IOptions<LifeStoryOptions> options, LiveTemplates live) : IDisposable
{
    // A cache of its own, measured in bytes, so previews can never take more memory than the council allows.
    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = options.Value.PreviewCacheMegabytes * 1024L * 1024 });

    /// <summary>
    /// Pictures prepared for earlier versions, by content: each version is made from a fresh temporary folder, and
    /// without this every photo was decoded again after each save (about half of a preview's time for Maisie).
    /// </summary>
    private readonly PreparedPictureMemory prepared = new(options.Value.PreviewCacheMegabytes * 1024L * 1024);

    private static readonly SemaphoreSlim Runs = new(Math.Max(1, Environment.ProcessorCount));
    private static readonly ConcurrentDictionary<string, Lazy<Task<Rendition>>> InFlight = new();

    public async Task<Rendition> MakeAsync(CaseRevision revision, Func<Task<CaseFolderContents>> read, DocumentKind kind, OutputFormat format, CancellationToken cancel)
    {
        var templates = await live.CurrentAsync(cancel);
        var key = DocumentKey(revision, templates, kind, format);
        if (cache.TryGetValue(key, out Rendition? known) && known is not null) return known;
        var lazy = InFlight.GetOrAdd(key, _ => new Lazy<Task<Rendition>>(() => RunAsync(read, kind, format, templates.Folder)));
        try
        {
            var made = await lazy.Value.WaitAsync(cancel);
            cache.Set(key, made, new MemoryCacheEntryOptions { Size = Math.Max(1, made.Files.Sum(f => (long)f.Length)), SlidingExpiration = TimeSpan.FromHours(1) });
            return made;
        }
        finally
        {
            InFlight.TryRemove(key, out _);
        }
    }

    /// <summary>
    /// The one cache key of a made document, shared with the edit preview's layout run so both use one run's pages.
    /// A chosen meeting's day is part of it: two meetings' letters from one revision are different documents.
    /// </summary>
    private static string DocumentKey(CaseRevision revision, TemplatesInUse templates, DocumentKind kind, OutputFormat format) =>
        $"doc:{revision.Id}:{templates.Key}:{kind.Key}:{format}";

    private async Task<Rendition> RunAsync(Func<Task<CaseFolderContents>> read, DocumentKind kind, OutputFormat format, string? templates)
    {
        var contents = await read();
        await Runs.WaitAsync();
        try
        {
            return await Task.Run(() => Run(contents, kind, format, templates));
        }
        finally
        {
            Runs.Release();
        }
    }

    /// <summary>
    /// The manifest of every reader's version of a document (which file was made for whom, with SHA-256 hashes of the
    /// case data and of each file), made by the CLI's own `--all` run; null when an error stops any version.
    /// </summary>
    public async Task<byte[]?> ManifestAsync(CaseRevision revision, Func<Task<CaseFolderContents>> read, Product product, CancellationToken cancel)
    {
        var templates = await live.CurrentAsync(cancel);
        var key = $"manifest:{revision.Id}:{templates.Key}:{product}";
        if (cache.TryGetValue(key, out byte[]? known) && known is not null) return known;
        var contents = await read();
        await Runs.WaitAsync(cancel);
        try
        {
            var made = await Task.Run(() =>
            {
                using var folder = TempCaseFolder.Write(contents);
                var (_, manifest) = AllReaders.Run(new RunRequest(product, folder.CaseFolder, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), TemplatesFolder: templates.Folder));
                return manifest is null ? null : File.ReadAllBytes(manifest);
            }, cancel);
            if (made is not null) cache.Set(key, made, new MemoryCacheEntryOptions { Size = made.Length, SlidingExpiration = TimeSpan.FromHours(1) });
            return made;
        }
        finally
        {
            Runs.Release();
        }
    }

    /// <summary>
    /// Previews are looked at on a screen, a page at a time: 100 dpi is sharper than any screen shows an A4 page,
    /// and draws in under half the time of the CLI's 150 dpi print-check PNGs.
    /// </summary>
    public const float PreviewDpi = 100f;

    private Rendition Run(CaseFolderContents contents, DocumentKind kind, OutputFormat format, string? templates)
    {
        using var folder = TempCaseFolder.Write(contents);
        var name = kind.FileName;
        if (format == OutputFormat.Png) return Preview(folder, kind, name, templates);
        var output = Path.Combine(folder.OutputFolder, "document" + format switch
        {
            OutputFormat.Png => ".png",
            OutputFormat.Html => ".html",
            _ => ".pdf",
        });
        var result = CasePipeline.Run(kind.Language.Apply(new RunRequest(kind.Product, folder.CaseFolder, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime),
            OutputPath: output, TemplatesFolder: templates, ReviewDate: kind.ReviewDate, Format: format, Reader: kind.Reader) { PreparedPictures = prepared, ConferenceDate = kind.ReviewDate }));
        var findings = result.Findings.Select(f => FindingPaths.Relative(f, folder.CaseFolder)).ToList();
        if (!result.Succeeded) return new Rendition([], findings, 0, false, name);
        return new Rendition([File.ReadAllBytes(result.OutputPath!)], findings, result.PageCount, result.Draft, name) { TranslationNotChecked = result.TranslationNotChecked };
    }

    /// <summary>The same stages as the CLI up to laid-out pages (CasePipeline.Compose), then each page drawn by the engine's PNG writer.</summary>
    private Rendition Preview(TempCaseFolder folder, DocumentKind kind, string name, string? templates)
    {
        using var composition = CasePipeline.Compose(kind.Language.Apply(new RunRequest(kind.Product, folder.CaseFolder, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime),
            TemplatesFolder: templates, ReviewDate: kind.ReviewDate, Format: OutputFormat.Png, Reader: kind.Reader) { PreparedPictures = prepared, ConferenceDate = kind.ReviewDate }));
        var findings = composition.Findings.Select(f => FindingPaths.Relative(f, folder.CaseFolder)).ToList();
        if (composition.Pages is not { } pages) return new Rendition([], findings, 0, false, name);
        var images = Enumerable.Range(0, pages.Pages.Count).Select(i => PngWriter.RenderPng(pages, i, composition.Pictures, PreviewDpi)).ToList();
        // An unchecked translation's mark is not a draft's: a signed letter in it is final (as CasePipeline.Run says).
        var draft = pages.Info.Watermark is { } mark && !mark.StartsWith(CasePipeline.NotCheckedWords, StringComparison.Ordinal);
        return new Rendition(images, findings, pages.Pages.Count, draft, name)
        {
            TranslationNotChecked = pages.Info.Watermark?.Contains(CasePipeline.NotCheckedWords, StringComparison.Ordinal) == true,
        };
    }

    public void Dispose() => cache.Dispose();
}
