using LifeStory.Cases.Model;
using LifeStory.Documents.Rendering;
using LifeStory.Pipeline;
using LifeStory.Web.Children;
using LifeStory.Web.CouncilTemplates;
using LifeStory.Web.Storage;
using Microsoft.Extensions.Caching.Memory;

namespace LifeStory.Web.Documents;

/// <summary>
/// The edit pages' preview: after a save, the one page holding what was edited is wanted at once. A run lays out
/// the whole book (page numbers need it) but draws that page first and hands it back; it then draws the rest for
/// the whole-book view and the large pages, in the same run, so the case folder is still deleted when it ends.
/// </summary>
public sealed partial class DocumentMaker
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Task<BookMap?>> Layouts = new();

    /// <summary>Which page of this revision's book, for this reader, holds <paramref name="spot"/>; that page is drawn before this returns.</summary>
    public async Task<PagePreview> PageAsync(CaseRevision revision, Func<Task<CaseFolderContents>> read, Audience reader, PreviewSpot spot, CancellationToken cancel)
    {
        var templates = await live.CurrentAsync(cancel);
        var mapKey = $"map:{revision.Id}:{templates.Key}:{reader}";
        if (!cache.TryGetValue(mapKey, out BookMap? map) || map is null)
        {
            var started = new TaskCompletionSource<BookMap?>(TaskCreationOptions.RunContinuationsAsynchronously);
            var running = Layouts.GetOrAdd(mapKey, started.Task);
            if (running == started.Task) _ = Task.Run(() => LayOutAsync(revision, read, reader, spot, mapKey, templates, started));
            map = await running.WaitAsync(cancel);
        }
        var findings = cache.TryGetValue($"findings:{revision.Id}:{templates.Key}:{reader}", out IReadOnlyList<LifeStory.Checking.Finding>? found) ? found ?? [] : [];
        if (map is null) return new PagePreview(revision.Number, null, 0, false, findings);
        var page = map.Find(spot);
        if (page is { } number) await PageImageAsync(revision, read, reader, number, cancel);
        return new PagePreview(revision.Number, page, map.PageCount, map.Draft, findings);
    }

    /// <summary>One page of a revision's book as a PNG: drawn alone by a preview run, or taken from the whole book's pages.</summary>
    public async Task<byte[]?> PageImageAsync(CaseRevision revision, Func<Task<CaseFolderContents>> read, Audience reader, int number, CancellationToken cancel)
    {
        var templates = await live.CurrentAsync(cancel);
        if (cache.TryGetValue(PageKey(revision, templates, reader, number), out byte[]? png) && png is not null) return png;
        var whole = await MakeAsync(revision, read, new DocumentKind(Product.Book, reader), OutputFormat.Png, cancel);
        return number >= 1 && number <= whole.Files.Count ? whole.Files[number - 1] : null;
    }

    private static string PageKey(CaseRevision revision, TemplatesInUse templates, Audience reader, int number) => $"page:{revision.Id}:{templates.Key}:{reader}:{number}";

    private async Task LayOutAsync(CaseRevision revision, Func<Task<CaseFolderContents>> read, Audience reader, PreviewSpot spot, string mapKey,
        TemplatesInUse templates, TaskCompletionSource<BookMap?> laidOut)
    {
        var kind = new DocumentKind(Product.Book, reader);
        // The same key as MakeAsync's, so the large pages and the whole-book view use this run's pages.
        var wholeKey = DocumentKey(revision, templates, kind, OutputFormat.Png);
        // Anyone asking for the whole book meanwhile waits for this run instead of starting another.
        var whole = new TaskCompletionSource<Rendition>(TaskCreationOptions.RunContinuationsAsynchronously);
        var registered = InFlight.TryAdd(wholeKey, new Lazy<Task<Rendition>>(() => whole.Task));
        try
        {
            var contents = await read();
            await Runs.WaitAsync();
            try
            {
                var made = Draw(contents, kind, spot, revision, mapKey, templates, laidOut);
                cache.Set(wholeKey, made, new MemoryCacheEntryOptions { Size = Math.Max(1, made.Files.Sum(f => (long)f.Length)), SlidingExpiration = TimeSpan.FromHours(1) });
                for (var i = 1; i <= made.Files.Count; i++) cache.Remove(PageKey(revision, templates, reader, i));
                whole.TrySetResult(made);
            }
            finally
            {
                Runs.Release();
            }
        }
        catch (Exception failed)
        {
            laidOut.TrySetException(failed);
            whole.TrySetException(failed);
        }
        finally
        {
            Layouts.TryRemove(mapKey, out _);
            if (registered) InFlight.TryRemove(wholeKey, out _);
        }
    }

    private Rendition Draw(CaseFolderContents contents, DocumentKind kind, PreviewSpot spot, CaseRevision revision, string mapKey, TemplatesInUse templates,
        TaskCompletionSource<BookMap?> laidOut)
    {
        using var folder = TempCaseFolder.Write(contents);
        var name = $"{DocumentKind.Slug(kind.Product)}-for-{kind.Reader.ToString().ToLowerInvariant()}";
        using var composition = CasePipeline.Compose(new RunRequest(kind.Product, folder.CaseFolder, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime),
            TemplatesFolder: templates.Folder, Format: OutputFormat.Png, Reader: kind.Reader) { PreparedPictures = prepared });
        var findings = composition.Findings.Select(f => FindingPaths.Relative(f, folder.CaseFolder)).ToList();
        var entry = new MemoryCacheEntryOptions { Size = 1024, SlidingExpiration = TimeSpan.FromHours(1) };
        cache.Set($"findings:{revision.Id}:{templates.Key}:{kind.Reader}", (IReadOnlyList<LifeStory.Checking.Finding>)findings, entry);
        if (composition.Pages is not { } pages)
        {
            laidOut.TrySetResult(null);
            return new Rendition([], findings, 0, false, name);
        }
        var map = BookMap.Of(pages, composition.Markdown ?? "");
        var images = new byte[pages.Pages.Count][];
        if (map.Find(spot) is { } first)
        {
            images[first - 1] = PngWriter.RenderPng(pages, first - 1, composition.Pictures, PreviewDpi);
            cache.Set(PageKey(revision, templates, kind.Reader, first), images[first - 1], new MemoryCacheEntryOptions { Size = images[first - 1].Length, SlidingExpiration = TimeSpan.FromMinutes(10) });
        }
        cache.Set(mapKey, map, entry);
        laidOut.TrySetResult(map);
        for (var i = 0; i < images.Length; i++) images[i] ??= PngWriter.RenderPng(pages, i, composition.Pictures, PreviewDpi);
        return new Rendition(images, findings, pages.Pages.Count, map.Draft, name);
    }
}
