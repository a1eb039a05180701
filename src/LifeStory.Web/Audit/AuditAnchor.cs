using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using LifeStory.Web.Hosting;
using LifeStory.Web.Storage;
using Microsoft.Extensions.Options;

namespace LifeStory.Web.Audit;

/// <summary>
/// A checkpoint of the audit chain kept outside the database: the last row's id and hash, sealed with a key derived
/// from the data key. The chain alone shows a row changed or removed in the middle; it cannot show rows removed from
/// the end, nor a chain rewritten from some row on by someone who can write to the database. The checkpoint can:
/// such a person holds neither this file's key nor, usually, this file.
/// </summary>
public sealed class AuditAnchor(IOptions<LifeStoryOptions> options, IHostEnvironment host, DataKeys keys)
{
    private const string Version = "lifestory-audit-anchor-1";

    public string FilePath { get; } = Path.GetFullPath(Path.Combine(host.ContentRootPath,
        options.Value.AuditAnchorFile ?? Path.Combine(options.Value.DataFolder, "keys", "audit.anchor")));

    /// <summary>Records that the chain now ends at <paramref name="id"/> with <paramref name="hash"/>: a whole new file, moved into place.</summary>
    public void Write(long id, string hash)
    {
        var line = string.Join(' ', Version, keys.CurrentId.ToString("x8", CultureInfo.InvariantCulture), id.ToString(CultureInfo.InvariantCulture), hash,
            Seal(keys.Current, id, hash));
        Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
        var temp = FilePath + "." + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + ".tmp";
        var create = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) create.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using (var stream = new FileStream(temp, create))
        {
            stream.Write(Encoding.ASCII.GetBytes(line + "\n"));
            stream.Flush(flushToDisk: true);
        }
        File.Move(temp, FilePath, overwrite: true);
    }

    /// <summary>The checkpoint, or why there is none that can be trusted.</summary>
    public AnchorReading Read()
    {
        if (!File.Exists(FilePath)) return new AnchorReading(null, null, $"the checkpoint kept outside the database ({FilePath}) is missing");
        var parts = File.ReadAllText(FilePath).Trim().Split(' ');
        if (parts.Length != 5 || parts[0] != Version
            || !uint.TryParse(parts[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var keyId)
            || !long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            return new AnchorReading(null, null, $"the checkpoint kept outside the database ({FilePath}) is not in the form this app writes");
        if (keys.Find(keyId) is not { } key)
            return new AnchorReading(null, null, $"the checkpoint kept outside the database ({FilePath}) was sealed with a key this app does not hold");
        var expected = Convert.FromHexString(Seal(key, id, parts[3]));
        var given = parts[4].Length == expected.Length * 2 && parts[4].All(Uri.IsHexDigit) ? Convert.FromHexString(parts[4]) : [];
        return CryptographicOperations.FixedTimeEquals(expected, given)
            ? new AnchorReading(id, parts[3], null)
            : new AnchorReading(null, null, $"the checkpoint kept outside the database ({FilePath}) does not carry this app's seal");
    }

    private static string Seal(byte[] dataKey, long id, string hash)
    {
        // A key of its own for the checkpoint, so the data key itself never signs anything an attacker can read.
        var key = HKDF.DeriveKey(HashAlgorithmName.SHA256, dataKey, 32, info: "lifestory audit anchor"u8.ToArray());
        return Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{id.ToString(CultureInfo.InvariantCulture)}\n{hash}")));
    }
}

/// <summary>The checkpoint's last id and hash when it can be trusted, else why not.</summary>
public sealed record AnchorReading(long? Id, string? Hash, string? Problem);
