using System.Collections.Concurrent;
using LifeStory.Documents.Files;
using SkiaSharp;

namespace LifeStory.Documents.Pictures;

/// <summary>
/// Pictures from files under one folder, prepared by <see cref="PictureRenderer"/> and kept in memory for the
/// run. Thread-safe: a writer prepares a book's pictures on several threads at once, and each distinct request
/// is rendered exactly once. With a <paramref name="cacheFolder"/>, prepared bytes are also kept on disk (see
/// <see cref="PictureCache"/>) so making the book again after a text edit decodes nothing; with a
/// <paramref name="memory"/>, they are also kept in the process across runs (see <see cref="PreparedPictureMemory"/>).
/// </summary>
public sealed class FolderPictureSource(Func<string, string?> resolve, string? cacheFolder = null, PreparedPictureMemory? memory = null) : IPictureSource, IDisposable
{
    private static readonly SKRect Whole = new(0, 0, 1, 1);
    private readonly ConcurrentDictionary<PictureRequest, Lazy<SKImage>> _prepared = new();
    private readonly ConcurrentDictionary<string, SKRect> _trims = new(StringComparer.Ordinal);
    // A run's files do not change while it lasts: each is hashed once, however many sizes and crops are asked of it.
    private readonly ConcurrentDictionary<string, string> _hashes = new(StringComparer.Ordinal);
    private readonly PictureCache? _cache = cacheFolder is null ? null : new PictureCache(cacheFolder);
    private int _decodes;

    /// <summary>How many pictures this source has decoded from their files: what the disk cache saves.</summary>
    internal int Decodes => Volatile.Read(ref _decodes);

    /// <summary>Pictures relative to a folder, with no way out of it.</summary>
    public static FolderPictureSource Under(string folder, string? cacheFolder = null)
    {
        var root = Path.GetFullPath(folder);
        return new FolderPictureSource(source =>
        {
            if (Path.IsPathRooted(source)) return null;
            var full = Path.GetFullPath(Path.Combine(root, source));
            return full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? full : null;
        }, cacheFolder);
    }

    public PictureInfo? Describe(string source, out string? problem)
    {
        var path = resolve(source);
        if (path is null || !File.Exists(path))
        {
            problem = $"The picture '{source}' was not found.";
            return null;
        }
        if (!RegularFile.Exists(path))
        {
            problem = $"The picture '{source}' is not an ordinary file (a folder, pipe or device), so it was not opened.";
            return null;
        }
        if (PictureHeader.Read(path) is not { } header)
        {
            problem = $"'{source}' is not a picture this program can read (use JPEG, PNG, HEIC, AVIF, WebP, GIF or BMP).";
            return null;
        }
        if ((long)header.Width * header.Height > PictureLimits.MaxPixels)
        {
            problem = $"'{source}' is {header.Width} × {header.Height} pixels, too large to use safely. Save a smaller copy.";
            return null;
        }
        problem = null;
        return new PictureInfo(header.Width, header.Height);
    }

    public SKRect TrimBox(string source) => _trims.GetOrAdd(source, s => resolve(s) is { } path && RegularFile.Exists(path) ? FindTrim(path) : MarginTrimmer.Whole);

    /// <summary>
    /// The kind of fact a trim box is remembered as, named after the trimmer that found it: margins found by the
    /// earlier SkiaSharp trimmer differ slightly from libvips' and must not be reused (a copied case would print
    /// its drawings differently from a fresh one).
    /// </summary>
    private const string TrimFact = "trim2";

    /// <summary>A scan's paper margins cost a full decode to find, so they are remembered in the case's cache.</summary>
    private SKRect FindTrim(string path)
    {
        if (memory is not null)
        {
            // Kept with the prepared pictures, by content: a scan's margins cost a full decode to find.
            var key = $"{TrimFact}|{HashOf(path)}";
            if (memory.TryGet(key) is { Length: 16 } box)
                return new SKRect(BitConverter.ToSingle(box, 0), BitConverter.ToSingle(box, 4), BitConverter.ToSingle(box, 8), BitConverter.ToSingle(box, 12));
            var found = MarginTrimmer.Find(path);
            memory.Put(key, [.. BitConverter.GetBytes(found.Left), .. BitConverter.GetBytes(found.Top), .. BitConverter.GetBytes(found.Right), .. BitConverter.GetBytes(found.Bottom)]);
            return found;
        }
        var facts = cacheFolder is null ? null : PictureFacts.In(cacheFolder);
        if (facts?.Get(TrimFact, path) is { } known)
        {
            var parts = known.Split(' ');
            if (parts.Length == 4 && parts.All(p => float.TryParse(p, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _)))
            {
                var v = parts.Select(p => float.Parse(p, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
                return new SKRect(v[0], v[1], v[2], v[3]);
            }
        }
        var trim = MarginTrimmer.Find(path);
        // "R" round-trips the float exactly, so a remembered box is the same box and the prepared pictures still match.
        facts?.Put(TrimFact, path, string.Join(' ', new[] { trim.Left, trim.Top, trim.Right, trim.Bottom }
            .Select(f => f.ToString("R", System.Globalization.CultureInfo.InvariantCulture))));
        return trim;
    }

    public SKImage Prepare(string source, int pixelWidth, int pixelHeight, SKRect crop) =>
        // Lazy, not a plain GetOrAdd factory: two threads asking at once must not both decode the same photo.
        _prepared.GetOrAdd(new PictureRequest(source, pixelWidth, pixelHeight, crop),
            request => new Lazy<SKImage>(() => PrepareOnce(request), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    private SKImage PrepareOnce(PictureRequest request)
    {
        var path = resolve(request.Source) ?? throw new FileNotFoundException($"The picture '{request.Source}' was not found.");
        if (memory is not null) return FromMemory(memory, path, request);
        if (_cache is null) return FromEncoded(Render(path, request), request.Source);

        var key = _cache.Key(path, request, Whole);
        if (_cache.TryRead(key) is { } stored && SKImage.FromEncodedData(stored) is { } cached) return cached;
        var rendered = Render(path, request);
        try { _cache.Write(key, rendered.AsSpan()); }
        catch
        {
            rendered.Dispose();
            throw;
        }
        // The image takes the rendered bytes as they are (FromEncoded disposes our reference, not the data).
        return FromEncoded(rendered, request.Source);
    }

    /// <summary>From the process's memory when these bytes were prepared for this request before, else prepared and kept.</summary>
    private SKImage FromMemory(PreparedPictureMemory memory, string path, PictureRequest request)
    {
        var key = PictureCache.KeyFor(HashOf(path), request, Whole);
        if (memory.TryGet(key) is { } kept && SKImage.FromEncodedData(kept) is { } image) return image;
        using var rendered = Render(path, request);
        var bytes = rendered.ToArray();
        memory.Put(key, bytes);
        return SKImage.FromEncodedData(bytes) ?? throw new InvalidDataException($"'{request.Source}' could not be re-encoded.");
    }

    private string HashOf(string path) => _hashes.GetOrAdd(path, PreparedPictureMemory.HashOf);

    private SKData Render(string path, PictureRequest request)
    {
        Interlocked.Increment(ref _decodes);
        try { return PictureRenderer.Render(path, request); }
        finally { NativeMemory.GiveBack(); }
    }

    private static SKImage FromEncoded(SKData encoded, string source)
    {
        using (encoded)
            return SKImage.FromEncodedData(encoded) ?? throw new InvalidDataException($"'{source}' could not be re-encoded.");
    }

    public void Dispose()
    {
        foreach (var lazy in _prepared.Values)
            if (lazy.IsValueCreated) lazy.Value.Dispose();
        _prepared.Clear();
    }
}
