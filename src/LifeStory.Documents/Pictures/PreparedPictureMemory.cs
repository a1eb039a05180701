using System.Security.Cryptography;

namespace LifeStory.Documents.Pictures;

/// <summary>
/// Prepared pictures kept in this process's memory across runs, addressed by content as <see cref="PictureCache"/>
/// addresses them on disk. A server makes every version of a book from a fresh temporary folder, so the case's disk
/// cache starts empty each time and every photo was decoded again after each save; writing the prepared pictures to
/// a lasting folder would leave a child's pictures decrypted on disk, so they are kept here instead, bounded, the
/// oldest forgotten first. Only a run given the same file bytes and the same request finds an entry.
/// </summary>
public sealed class PreparedPictureMemory(long capacityBytes)
{
    private readonly Dictionary<string, byte[]> _entries = new(StringComparer.Ordinal);
    private readonly Queue<string> _oldestFirst = new();
    private readonly Lock _lock = new();
    private long _bytes;

    /// <summary>How many bytes of prepared pictures are held now.</summary>
    public long Bytes
    {
        get { lock (_lock) return _bytes; }
    }

    public byte[]? TryGet(string key)
    {
        lock (_lock) return _entries.GetValueOrDefault(key);
    }

    public void Put(string key, byte[] prepared)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        if (prepared.Length > capacityBytes) return;
        lock (_lock)
        {
            if (!_entries.TryAdd(key, prepared)) return;
            _oldestFirst.Enqueue(key);
            _bytes += prepared.Length;
            while (_bytes > capacityBytes && _oldestFirst.TryDequeue(out var oldest) && _entries.Remove(oldest, out var gone))
                _bytes -= gone.Length;
        }
    }

    /// <summary>The SHA-256 of a picture file: what its prepared copies are found by.</summary>
    internal static string HashOf(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
