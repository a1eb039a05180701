using System.Security.Cryptography;
using LifeStory.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace LifeStory.Web.Storage;

/// <summary>
/// Content-addressed, encrypted file storage: a photo kept in ten revisions is stored once. The address is a keyed
/// hash (HMAC-SHA256) of the plain content, so it proves nothing to someone holding a copy of the photo.
/// </summary>
public sealed class FileStore(LifeStoryDb db, Sealer sealer, DataKeys keys)
{
    private const string Purpose = "file";

    public string AddressOf(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(HMACSHA256.HashData(keys.AddressKey, content));

    /// <summary>Adds the content unless it is already stored; the caller saves the context.</summary>
    public async Task<string> PutAsync(byte[] content, CancellationToken cancel)
    {
        var hash = AddressOf(content);
        var known = db.Files.Local.Any(f => f.Hash == hash) || await db.Files.AnyAsync(f => f.Hash == hash, cancel);
        if (!known) db.Files.Add(new StoredFile { Hash = hash, Sealed = sealer.Seal(content, Purpose) });
        return hash;
    }

    public async Task<byte[]> GetAsync(string hash, CancellationToken cancel)
    {
        var stored = await db.Files.AsNoTracking().SingleAsync(f => f.Hash == hash, cancel);
        return sealer.Open(stored.Sealed, Purpose);
    }
}
