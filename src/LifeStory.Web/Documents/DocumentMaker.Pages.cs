using System.Collections.Concurrent;
using LifeStory.Cases.Model;
using LifeStory.Documents.Layout;
using LifeStory.Documents.Rendering;
using LifeStory.Pipeline;
using LifeStory.Web.Children;
using LifeStory.Web.CouncilTemplates;
using LifeStory.Web.Storage;
using Microsoft.Extensions.Caching.Memory;

namespace LifeStory.Web.Documents;

/// <summary>
/// The edit pages' preview: after a save, the one page holding what was edited is wanted at once. A run lays out
/// the whole book (page numbers need it) and draws only that page. The laid-out pages are kept, and the others are
/// drawn when someone looks at them (the whole-book view, a large page). Drawing all 26 of Maisie's pages after
/// every save kept a core busy for about a second, so the next save's preview waited behind pages nobody had asked for.
/// </summary>
public sealed partial class DocumentMaker
{
    private static readonly ConcurrentDictionary<string, Task<BookMap?>> Layouts = new();
    private readonly ConcurrentDictionary<string, Lazy<PageDrawing>> Drawings = new();

    /// <summary>
    /// What a kept layout is counted as in the preview cache. Its text and shapes are small next to its pages'
    /// pictures (which are not part of it), so a generous figure per page keeps the cache's limit honest.
    /// </summary>
    private const long LaidOutBytesPerPage = 256 * 1024;

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

    /// <summary>
    /// One page of a revision's book as a PNG: already drawn, drawn now from the kept layout (with the rest of the
    /// book after it, for the next page someone looks at), or taken from a whole run when no layout is kept.
    /// </summary>
    public async Task<byte[]?> PageImageAsync(CaseRevision revision, Func<Task<CaseFolderContents>> read, Audience reader, int number, CancellationToken cancel)
    {
        var templates = await live.CurrentAsync(cancel);
        if (cache.TryGetValue(PageKey(revision, templates, reader, number), out byte[]? png) && png is not null) return png;
        var laidKey = LaidKey(revision, templates, reader);
        if (cache.TryGetValue(laidKey, out LaidOutDocument? laid) && laid is not null)
        {
            if (number < 1 || number > laid.Pages.Count) return null;
            var drawing = Drawings.GetOrAdd(laidKey, _ => new Lazy<PageDrawing>(() => StartDrawing(revision, read, reader, templates, laid, number, laidKey)));
            return await drawing.Value.Page(number).WaitAsync(cancel);
        }
        var whole = await MakeAsync(revision, read, new DocumentKind(Product.Book, reader), OutputFormat.Png, cancel);
        return number >= 1 && number <= whole.Files.Count ? whole.Files[number - 1] : null;
    }

    private static string PageKey(CaseRevision revision, TemplatesInUse templates, Audience reader, int number) => $"page:{revision.Id}:{templates.Key}:{reader}:{number}";

    private static string LaidKey(CaseRevision revision, TemplatesInUse templates, Audience reader) => $"laid:{revision.Id}:{templates.Key}:{reader}";

    private async Task LayOutAsync(CaseRevision revision, Func<Task<CaseFolderContents>> read, Audience reader, PreviewSpot spot, string mapKey,
        TemplatesInUse templates, TaskCompletionSource<BookMap?> laidOut)
    {
        try
        {
            await InRunAsync(read, contents => LayOut(contents, new DocumentKind(Product.Book, reader), spot, revision, mapKey, templates, laidOut));
        }
        catch (Exception failed)
        {
            laidOut.TrySetException(failed);
        }
        finally
        {
            Layouts.TryRemove(mapKey, out _);
        }
    }

    /// <summary>The revision's files read, then <paramref name="work"/> done in one of the pipeline's slots.</summary>
    private static async Task InRunAsync(Func<Task<CaseFolderContents>> read, Action<CaseFolderContents> work)
    {
        var contents = await read();
        await Runs.WaitAsync();
        try
        {
            work(contents);
        }
        finally
        {
            Runs.Release();
        }
    }

    private void LayOut(CaseFolderContents contents, DocumentKind kind, PreviewSpot spot, CaseRevision revision, string mapKey, TemplatesInUse templates,
        TaskCompletionSource<BookMap?> laidOut)
    {
        using var folder = TempCaseFolder.Write(contents);
        using var composition = CasePipeline.Compose(new RunRequest(kind.Product, folder.CaseFolder, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime),
            TemplatesFolder: templates.Folder, Format: OutputFormat.Png, Reader: kind.Reader) { PreparedPictures = prepared });
        var findings = composition.Findings.Select(f => FindingPaths.Relative(f, folder.CaseFolder)).ToList();
        var entry = new MemoryCacheEntryOptions { Size = 1024, SlidingExpiration = TimeSpan.FromHours(1) };
        cache.Set($"findings:{revision.Id}:{templates.Key}:{kind.Reader}", (IReadOnlyList<LifeStory.Checking.Finding>)findings, entry);
        if (composition.Pages is not { } pages)
        {
            laidOut.TrySetResult(null);
            return;
        }
        var map = BookMap.Of(pages, composition.Markdown ?? "");
        if (map.Find(spot) is { } first)
            KeepPage(revision, templates, kind.Reader, first, PngWriter.RenderPng(pages, first - 1, composition.Pictures, PreviewDpi));
        cache.Set(LaidKey(revision, templates, kind.Reader), pages,
            new MemoryCacheEntryOptions { Size = pages.Pages.Count * LaidOutBytesPerPage, SlidingExpiration = TimeSpan.FromMinutes(30) });
        cache.Set(mapKey, map, entry);
        laidOut.TrySetResult(map);
    }

    private void KeepPage(CaseRevision revision, TemplatesInUse templates, Audience reader, int number, byte[] png) =>
        cache.Set(PageKey(revision, templates, reader, number), png, new MemoryCacheEntryOptions { Size = png.Length, SlidingExpiration = TimeSpan.FromMinutes(30) });

    /// <summary>
    /// Draws a kept layout's pages that are not drawn yet, the one asked for first, in one run: the case's pictures
    /// are written to a temporary folder once for all of them, and deleted when the last page is drawn.
    /// </summary>
    private PageDrawing StartDrawing(CaseRevision revision, Func<Task<CaseFolderContents>> read, Audience reader, TemplatesInUse templates,
        LaidOutDocument laid, int first, string laidKey)
    {
        var drawing = new PageDrawing(laid.Pages.Count);
        _ = Task.Run(async () =>
        {
            try
            {
                await InRunAsync(read, contents =>
                {
                    using var folder = TempCaseFolder.Write(contents);
                    using var pictures = CasePipeline.PicturesIn(folder.CaseFolder, prepared);
                    foreach (var number in new[] { first }.Concat(Enumerable.Range(1, laid.Pages.Count).Where(n => n != first)))
                    {
                        if (cache.TryGetValue(PageKey(revision, templates, reader, number), out byte[]? known) && known is not null)
                        {
                            drawing.Drawn(number, known);
                            continue;
                        }
                        var png = PngWriter.RenderPng(laid, number - 1, pictures, PreviewDpi);
                        KeepPage(revision, templates, reader, number, png);
                        drawing.Drawn(number, png);
                    }
                });
            }
            catch (Exception failed)
            {
                drawing.Failed(failed);
            }
            finally
            {
                Drawings.TryRemove(laidKey, out _);
            }
        });
        return drawing;
    }

    /// <summary>The pages of one drawing run, each handed out the moment it is drawn.</summary>
    private sealed class PageDrawing(int pages)
    {
        private readonly TaskCompletionSource<byte[]?>[] drawn = [.. Enumerable.Range(0, pages).Select(_ => new TaskCompletionSource<byte[]?>(TaskCreationOptions.RunContinuationsAsynchronously))];

        public Task<byte[]?> Page(int number) => drawn[number - 1].Task;

        public void Drawn(int number, byte[] png) => drawn[number - 1].TrySetResult(png);

        public void Failed(Exception failure)
        {
            foreach (var page in drawn) page.TrySetException(failure);
        }
    }
}
