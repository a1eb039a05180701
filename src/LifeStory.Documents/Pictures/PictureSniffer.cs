using SkiaSharp;

namespace LifeStory.Documents.Pictures;

/// <summary>
/// What a file's first bytes say it is. Used to tell a cut-short picture (its signature is right but the
/// header cannot be read) from something that was never a picture, and to recognise iPhone HEIC photos and
/// AVIF pictures, which Skia on Linux cannot read (libvips and Magick.NET read them instead).
/// </summary>
internal static class PictureSniffer
{
    /// <summary>Enough for every signature below; a HEIF brand ends at byte 12.</summary>
    public const int HeaderLength = 16;

    private static readonly string[] HeifBrands = ["heic", "heix", "mif1", "hevc", "heim", "heis", "hevm", "hevs", "msf1"];
    private static readonly string[] AvifBrands = ["avif", "avis"];

    public static byte[] ReadHeader(string path)
    {
        using var stream = File.OpenRead(path);
        var header = new byte[HeaderLength];
        var read = stream.ReadAtLeast(header, HeaderLength, throwOnEndOfStream: false);
        return header[..read];
    }

    /// <summary>An ISO-BMFF file whose major brand is one of HEIF's ("....ftypheic"), HEVC-coded as an iPhone writes it.</summary>
    public static bool IsHeif(ReadOnlySpan<byte> header) => HasBrand(header, HeifBrands);

    /// <summary>An ISO-BMFF file whose major brand is AVIF's ("....ftypavif"): AV1-coded, which libvips decodes itself.</summary>
    public static bool IsAvif(ReadOnlySpan<byte> header) => HasBrand(header, AvifBrands);

    private static bool HasBrand(ReadOnlySpan<byte> header, string[] brands) =>
        header.Length >= 12 && header[4..8].SequenceEqual("ftyp"u8) &&
        brands.Contains(System.Text.Encoding.ASCII.GetString(header[8..12]));

    /// <summary>The format the signature announces, or null when the bytes are not one LifeStory reads.</summary>
    public static SKEncodedImageFormat? Signature(ReadOnlySpan<byte> header) => IsHeif(header) ? SKEncodedImageFormat.Heif
        : IsAvif(header) ? SKEncodedImageFormat.Avif
        : header switch
    {
        [0xFF, 0xD8, 0xFF, ..] => SKEncodedImageFormat.Jpeg,
        [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, ..] => SKEncodedImageFormat.Png,
        [(byte)'G', (byte)'I', (byte)'F', (byte)'8', ..] => SKEncodedImageFormat.Gif,
        [(byte)'B', (byte)'M', ..] => SKEncodedImageFormat.Bmp,
        [(byte)'R', (byte)'I', (byte)'F', (byte)'F', _, _, _, _, (byte)'W', (byte)'E', (byte)'B', (byte)'P', ..] => SKEncodedImageFormat.Webp,
        _ => null,
    };

    /// <summary>The name a person knows the format by, or null for formats LifeStory does not accept.</summary>
    public static string? Name(SKEncodedImageFormat format) => format switch
    {
        SKEncodedImageFormat.Jpeg => "JPEG",
        SKEncodedImageFormat.Png => "PNG",
        SKEncodedImageFormat.Webp => "WebP",
        SKEncodedImageFormat.Gif => "GIF",
        SKEncodedImageFormat.Bmp => "BMP",
        SKEncodedImageFormat.Heif => "HEIC",
        SKEncodedImageFormat.Avif => "AVIF",
        _ => null,
    };

    /// <summary>The file endings that fit a format; the first is the one to suggest.</summary>
    public static string[] Extensions(SKEncodedImageFormat format) => format switch
    {
        SKEncodedImageFormat.Jpeg => [".jpg", ".jpeg", ".jpe", ".jfif"],
        SKEncodedImageFormat.Png => [".png"],
        SKEncodedImageFormat.Webp => [".webp"],
        SKEncodedImageFormat.Gif => [".gif"],
        SKEncodedImageFormat.Bmp => [".bmp", ".dib"],
        SKEncodedImageFormat.Heif => [".heic", ".heif", ".hif"],
        SKEncodedImageFormat.Avif => [".avif"],
        _ => [],
    };
}
