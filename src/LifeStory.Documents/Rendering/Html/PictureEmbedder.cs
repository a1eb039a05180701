using LifeStory.Documents.Pictures;
using SkiaSharp;

namespace LifeStory.Documents.Rendering.Html;

/// <summary>
/// Turns a picture's source into a data URI. The bytes come only from <see cref="IPictureSource.Prepare"/>,
/// which re-encodes the picture, so nothing from the original file (EXIF, GPS, comments) reaches the page,
/// and the source path itself is never written.
/// </summary>
internal sealed class PictureEmbedder(IPictureSource source)
{
    /// <summary>Wide enough for a sharp picture across a screen or a printed page.</summary>
    public const int FullWidth = 1200;

    private const int MaxHeight = 1600;

    private static readonly SKRect Whole = new(0, 0, 1, 1);

    private readonly Dictionary<(string, int, SKRect), EmbeddedPicture?> _done = [];

    /// <summary>The picture, or null when it is missing or cannot be read.</summary>
    public EmbeddedPicture? Embed(string? picture, int maxWidth) => Embed(picture, maxWidth, _ => Whole);

    /// <summary>
    /// The part of the picture <paramref name="crop"/> chooses once the picture's shape is known (a face circle's
    /// square), or null when it is missing or cannot be read.
    /// </summary>
    public EmbeddedPicture? Embed(string? picture, int maxWidth, Func<float, SKRect> crop)
    {
        if (string.IsNullOrWhiteSpace(picture)) return null;
        PictureInfo? info;
        try
        {
            info = source.Describe(picture, out _);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }
        if (info is null || info.Width <= 0 || info.Height <= 0) return null;
        var part = crop((float)info.Width / info.Height);
        if (_done.TryGetValue((picture, maxWidth, part), out var known)) return known;
        var embedded = Load(picture, info, maxWidth, part);
        _done[(picture, maxWidth, part)] = embedded;
        return embedded;
    }

    private EmbeddedPicture? Load(string picture, PictureInfo info, int maxWidth, SKRect part)
    {
        try
        {
            var (partWidth, partHeight) = (info.Width * (double)part.Width, info.Height * (double)part.Height);
            var scale = Math.Min(1.0, Math.Min(maxWidth / partWidth, MaxHeight / partHeight));
            var width = Math.Max(1, (int)Math.Round(partWidth * scale));
            var height = Math.Max(1, (int)Math.Round(partHeight * scale));
            var image = source.Prepare(picture, width, height, part);
            var (bytes, mime) = Bytes(image);
            return bytes is null ? null : new EmbeddedPicture($"data:{mime};base64,{Convert.ToBase64String(bytes)}", image.Width, image.Height);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The prepared picture's own encoding when it is JPEG or PNG; otherwise its pixels encoded afresh as PNG.</summary>
    private static (byte[]? Bytes, string Mime) Bytes(SKImage image)
    {
        using (var encoded = image.EncodedData)
        {
            var bytes = encoded?.ToArray();
            if (bytes is [0xFF, 0xD8, 0xFF, ..]) return (bytes, "image/jpeg");
            if (bytes is [0x89, 0x50, 0x4E, 0x47, ..]) return (bytes, "image/png");
        }
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return (png?.ToArray(), "image/png");
    }
}
