using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using SkiaSharp;

namespace LifeStory.Documents.Pictures;

/// <summary>
/// Prepared pictures on disk, addressed by their content: the key is a hash of the original file's bytes, the
/// request (pixel size, crop, trim) and the preparation's version, so an edited photo, a new size or a new
/// encoder simply misses. It lives inside the case folder because a child's pictures must never be copied to
/// a shared place. Each entry starts with the SHA-256 of what follows, so a torn or corrupted file is noticed,
/// ignored and rebuilt.
/// </summary>
internal sealed class PictureCache(string folder)
{
    /// <summary>Raise when <see cref="PictureRenderer"/> or trimming would now give different bytes for the same request.</summary>
    private const int FormatVersion = 3;

    /// <summary>The libvips build prepares the bytes, so a new one must not be served what the old one wrote.</summary>
    private static readonly Lazy<string> Vips = new(() =>
    {
        VipsSetup.Ensure();
        return string.Create(CultureInfo.InvariantCulture, $"{NetVips.NetVips.Version(0)}.{NetVips.NetVips.Version(1)}.{NetVips.NetVips.Version(2)}");
    });

    private readonly PictureFacts _facts = PictureFacts.In(folder);

    public string Folder { get; } = folder;

    public string Key(string path, PictureRequest request, SKRect trim) => KeyFor(HashOf(path), request, trim);

    /// <summary>The key for a file whose bytes hash to <paramref name="contentHash"/>: the same on disk and in memory.</summary>
    internal static string KeyFor(string contentHash, PictureRequest request, SKRect trim)
    {
        static string F(float value) => BitConverter.SingleToInt32Bits(value).ToString("x8", CultureInfo.InvariantCulture);
        var (_, w, h, crop) = request;
        var text = string.Create(CultureInfo.InvariantCulture,
            $"v{FormatVersion}|vips {Vips.Value}|{contentHash}|{w}x{h}|{F(crop.Left)},{F(crop.Top)},{F(crop.Right)},{F(crop.Bottom)}|{F(trim.Left)},{F(trim.Top)},{F(trim.Right)},{F(trim.Bottom)}");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>
    /// The SHA-256 of a picture file, remembered with the case's other picture facts while the file keeps its
    /// length and write time, so regenerating does not read every 3 MB photo again just to find its copies.
    /// </summary>
    private string HashOf(string path)
    {
        if (_facts.Get("sha256", path) is { Length: 64 } known) return known;
        string hash;
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16))
            hash = Convert.ToHexStringLower(SHA256.HashData(stream));
        _facts.Put("sha256", path, hash);
        return hash;
    }

    /// <summary>The stored bytes, or null when there are none or they fail their check.</summary>
    public byte[]? TryRead(string key)
    {
        byte[] stored;
        try { stored = File.ReadAllBytes(EntryPath(key)); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return null; }
        if (stored.Length <= SHA256.HashSizeInBytes) return null;
        var payload = stored.AsSpan(SHA256.HashSizeInBytes);
        return SHA256.HashData(payload).AsSpan().SequenceEqual(stored.AsSpan(0, SHA256.HashSizeInBytes)) ? payload.ToArray() : null;
    }

    public void Write(string key, ReadOnlySpan<byte> bytes)
    {
        var entry = new byte[SHA256.HashSizeInBytes + bytes.Length];
        SHA256.HashData(bytes, entry);
        bytes.CopyTo(entry.AsSpan(SHA256.HashSizeInBytes));
        AtomicWrite.TryWrite(EntryPath(key), s => s.Write(entry));
    }

    internal string EntryPath(string key) => Path.Combine(Folder, key[..2], key + ".picture");
}
