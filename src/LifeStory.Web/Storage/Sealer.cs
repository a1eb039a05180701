using System.Buffers.Binary;
using System.Security.Cryptography;

namespace LifeStory.Web.Storage;

/// <summary>
/// Encrypts case data and pictures with AES-256-GCM. Layout: key id (4 bytes), nonce (12), tag (16), cipher text.
/// The purpose ("file", "manifest", "name") is authenticated too, so a value cannot be moved to another column.
/// </summary>
public sealed class Sealer(DataKeys keys)
{
    private const int Header = 4 + 12 + 16;

    public byte[] Seal(ReadOnlySpan<byte> plain, string purpose)
    {
        var sealedBytes = new byte[Header + plain.Length];
        BinaryPrimitives.WriteUInt32LittleEndian(sealedBytes, keys.CurrentId);
        var nonce = sealedBytes.AsSpan(4, 12);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(keys.Current, 16);
        aes.Encrypt(nonce, plain, sealedBytes.AsSpan(Header), sealedBytes.AsSpan(16, 16), System.Text.Encoding.UTF8.GetBytes(purpose));
        return sealedBytes;
    }

    public byte[] Open(ReadOnlySpan<byte> sealedBytes, string purpose)
    {
        if (sealedBytes.Length < Header) throw new CryptographicException("The stored value is too short to be ours.");
        var key = keys.Find(BinaryPrimitives.ReadUInt32LittleEndian(sealedBytes))
                  ?? throw new CryptographicException("The stored value was encrypted with a key this server does not have (see RetiredKeyFiles).");
        var plain = new byte[sealedBytes.Length - Header];
        using var aes = new AesGcm(key, 16);
        aes.Decrypt(sealedBytes.Slice(4, 12), sealedBytes[Header..], sealedBytes.Slice(16, 16), plain, System.Text.Encoding.UTF8.GetBytes(purpose));
        return plain;
    }

    public byte[] SealText(string text, string purpose) => Seal(System.Text.Encoding.UTF8.GetBytes(text), purpose);

    public string OpenText(ReadOnlySpan<byte> sealedBytes, string purpose) => System.Text.Encoding.UTF8.GetString(Open(sealedBytes, purpose));
}
