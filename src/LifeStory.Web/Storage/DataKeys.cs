using System.Security.Cryptography;
using LifeStory.Web.Hosting;
using Microsoft.Extensions.Options;

namespace LifeStory.Web.Storage;

/// <summary>
/// The keys that encrypt case data, held outside the database: the current key (from LifeStory:DataKey or the key
/// file, made on first run) and any retired keys still needed to read older rows. Each key is known by the
/// first four bytes of its SHA-256, written in front of everything it encrypts.
/// </summary>
public sealed class DataKeys
{
    private readonly Dictionary<uint, byte[]> _byId = [];

    public DataKeys(IOptions<LifeStoryOptions> options, IHostEnvironment host)
    {
        var o = options.Value;
        Current = o.DataKey is { Length: > 0 } given ? Parse(given, "LifeStory:DataKey") : ReadOrCreate(KeyFilePath(o, host));
        CurrentId = IdOf(Current);
        _byId[CurrentId] = Current;
        foreach (var file in o.RetiredKeyFiles)
        {
            var key = Parse(File.ReadAllText(Path.Combine(host.ContentRootPath, file)).Trim(), file);
            _byId.TryAdd(IdOf(key), key);
        }
        // Content addresses come from their own key, derived from the current one, so an address says nothing
        // about a file to someone who holds a copy of the same photo.
        AddressKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, Current, 32, info: "lifestory content address"u8.ToArray());
    }

    public byte[] Current { get; }

    public uint CurrentId { get; }

    public byte[] AddressKey { get; }

    public byte[]? Find(uint id) => _byId.GetValueOrDefault(id);

    public static string KeyFilePath(LifeStoryOptions options, IHostEnvironment host) =>
        Path.GetFullPath(Path.Combine(host.ContentRootPath, options.KeyFile ?? Path.Combine(options.DataFolder, "keys", "case-data.key")));

    private static uint IdOf(byte[] key) => BitConverter.ToUInt32(SHA256.HashData(key), 0);

    private static byte[] Parse(string base64, string where)
    {
        var key = Convert.FromBase64String(base64);
        return key.Length == 32 ? key : throw new InvalidOperationException($"{where} must hold 32 bytes in base64; it holds {key.Length}.");
    }

    private static byte[] ReadOrCreate(string path)
    {
        if (File.Exists(path)) return Parse(File.ReadAllText(path).Trim(), path);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var key = RandomNumberGenerator.GetBytes(32);
        // Written to a temporary file readable by this user only, then moved into place: never a half-written key.
        var temp = path + ".tmp";
        var create = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) create.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using (var stream = new FileStream(temp, create))
        using (var writer = new StreamWriter(stream))
            writer.Write(Convert.ToBase64String(key));
        File.Move(temp, path);
        return key;
    }
}
