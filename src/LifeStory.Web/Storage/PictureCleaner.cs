using LifeStory.Documents.Pictures;
using SkiaSharp;

namespace LifeStory.Web.Storage;

/// <summary>
/// Removes everything but the pixels from an uploaded photo or drawing before it is stored: GPS, camera owner and
/// serial, comments. The engine's own picture preparation does the work (decode, turn upright, re-encode without
/// metadata), at the picture's full size, so a stored picture is what the CLI would have printed.
/// </summary>
public static class PictureCleaner
{
    /// <summary>Phones' formats become the two every reader of a case folder can open; JPEG and PNG stay as they are.</summary>
    public static string StoredExtension(string? format) => format switch
    {
        "JPEG" or "HEIC" or "AVIF" => ".jpg",
        _ => ".png",
    };

    /// <summary>The picture as it should be stored: unchanged when it is already clean, else re-encoded by the engine.</summary>
    public static byte[] Clean(string fullPath, byte[] content) => MetadataScan.IsClean(content) ? content : Encode(fullPath, fullPath);

    /// <summary>
    /// The picture at <paramref name="fullPath"/> as it should be stored under the name <paramref name="storedAs"/>,
    /// whose extension says the format to write: how an upload from a phone (HEIC, AVIF, WebP) becomes a JPEG or PNG.
    /// </summary>
    public static byte[] Clean(string fullPath, byte[] content, string storedAs)
    {
        if (MetadataScan.IsClean(content) && FormatOf(content) == Wanted(storedAs)) return content;
        return Encode(fullPath, storedAs);
    }

    private static byte[] Encode(string fullPath, string storedAs)
    {
        using var source = new FolderPictureSource(_ => fullPath);
        var info = source.Describe("picture", out var problem)
                   ?? throw new InvalidDataException(problem ?? "The picture could not be read.");
        using var image = source.Prepare("picture", info.Width, info.Height, new SKRect(0, 0, 1, 1));
        // The engine writes a JPEG for an opaque picture and a PNG otherwise; the file keeps the kind its name says,
        // or the picture checks would call it mis-named.
        var wanted = Wanted(storedAs);
        using var prepared = image.EncodedData;
        if (prepared is not null && FormatOf(prepared.AsSpan()) == wanted) return prepared.ToArray();
        using var encoded = image.Encode(wanted, wanted == SKEncodedImageFormat.Jpeg ? 88 : 100);
        return encoded.ToArray();
    }

    private static SKEncodedImageFormat Wanted(string storedAs) => Path.GetExtension(storedAs).ToLowerInvariant() switch
    {
        ".jpg" or ".jpeg" => SKEncodedImageFormat.Jpeg,
        _ => SKEncodedImageFormat.Png,
    };

    private static SKEncodedImageFormat? FormatOf(ReadOnlySpan<byte> bytes) =>
        bytes.Length > 2 && bytes[0] == 0xFF && bytes[1] == 0xD8 ? SKEncodedImageFormat.Jpeg
        : bytes.Length > 4 && bytes[0] == 0x89 && bytes[1] == (byte)'P' ? SKEncodedImageFormat.Png
        : null;
}
