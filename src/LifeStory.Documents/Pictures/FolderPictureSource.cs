using System.Collections.Concurrent;
using SkiaSharp;

namespace LifeStory.Documents.Pictures;

/// <summary>
/// Pictures from files under one folder. Each picture is decoded at the smallest scale its placed size
/// allows (JPEG's DCT scaling makes a 12-megapixel photo cheap), turned upright, cropped, resampled and
/// re-encoded: JPEG for photos, PNG for anything with transparency. Re-encoding is what keeps EXIF, GPS,
/// XMP and comments out of the PDF, since Skia would otherwise embed the original JPEG bytes.
/// </summary>
public sealed class FolderPictureSource(Func<string, string?> resolve) : IPictureSource, IDisposable
{
    private const long MaxPixels = 100_000_000;
    private readonly ConcurrentDictionary<(string, int, int, SKRect), SKImage> _prepared = new();

    /// <summary>Pictures relative to a folder, with no way out of it.</summary>
    public static FolderPictureSource Under(string folder)
    {
        var root = Path.GetFullPath(folder);
        return new FolderPictureSource(source =>
        {
            if (Path.IsPathRooted(source)) return null;
            var full = Path.GetFullPath(Path.Combine(root, source));
            return full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? full : null;
        });
    }

    public PictureInfo? Describe(string source, out string? problem)
    {
        var path = resolve(source);
        if (path is null || !File.Exists(path))
        {
            problem = $"The picture '{source}' was not found.";
            return null;
        }
        using var codec = SKCodec.Create(path);
        if (codec is null)
        {
            problem = $"'{source}' is not a picture this program can read (use JPEG, PNG, WebP, GIF or BMP).";
            return null;
        }
        var info = codec.Info;
        if ((long)info.Width * info.Height > MaxPixels)
        {
            problem = $"'{source}' is {info.Width} × {info.Height} pixels, too large to use safely. Save a smaller copy.";
            return null;
        }
        problem = null;
        return Orientation.SwapsAxes(codec.EncodedOrigin) ? new PictureInfo(info.Height, info.Width) : new PictureInfo(info.Width, info.Height);
    }

    public SKImage Prepare(string source, int pixelWidth, int pixelHeight, SKRect crop) =>
        _prepared.GetOrAdd((source, pixelWidth, pixelHeight, crop), key => PrepareUncached(key.Item1, key.Item2, key.Item3, key.Item4));

    private SKImage PrepareUncached(string source, int pixelWidth, int pixelHeight, SKRect crop)
    {
        var path = resolve(source) ?? throw new FileNotFoundException($"The picture '{source}' was not found.");
        using var codec = SKCodec.Create(path) ?? throw new InvalidDataException($"'{source}' is not a picture.");
        var origin = codec.EncodedOrigin;
        var stored = codec.Info;
        var swap = Orientation.SwapsAxes(origin);
        var uprightW = swap ? stored.Height : stored.Width;
        var uprightH = swap ? stored.Width : stored.Height;

        // Decode at the smallest scale that still gives the cropped region at least the pixels it needs.
        var needScale = Math.Max(pixelWidth / (uprightW * crop.Width), pixelHeight / (uprightH * crop.Height));
        var decodeSize = codec.GetScaledDimensions((float)Math.Min(1.0, needScale));
        var decodeInfo = new SKImageInfo(decodeSize.Width, decodeSize.Height, SKColorType.Rgba8888,
            stored.AlphaType == SKAlphaType.Opaque ? SKAlphaType.Opaque : SKAlphaType.Premul, SKColorSpace.CreateSrgb());
        using var decoded = new SKBitmap(decodeInfo);
        var result = codec.GetPixels(decodeInfo, decoded.GetPixels());
        if (result is not (SKCodecResult.Success or SKCodecResult.IncompleteInput))
            throw new InvalidDataException($"'{source}' could not be decoded ({result}).");

        var dw = (float)decodeSize.Width;
        var dh = (float)decodeSize.Height;
        var upW = swap ? dh : dw;
        var upH = swap ? dw : dh;
        var outW = Math.Max(1, Math.Min(pixelWidth, (int)Math.Round(upW * crop.Width)));
        var outH = Math.Max(1, Math.Min(pixelHeight, (int)Math.Round(upH * crop.Height)));

        var opaque = stored.AlphaType == SKAlphaType.Opaque;
        using var surface = SKSurface.Create(new SKImageInfo(outW, outH, SKColorType.Rgba8888, opaque ? SKAlphaType.Opaque : SKAlphaType.Premul, SKColorSpace.CreateSrgb()));
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.Transparent);
        // Upright crop region → output rectangle, after the stored → upright transform.
        canvas.Scale(outW / (upW * crop.Width), outH / (upH * crop.Height));
        canvas.Translate(-crop.Left * upW, -crop.Top * upH);
        canvas.Concat(Orientation.ToUpright(origin, dw, dh));
        using (var image = SKImage.FromBitmap(decoded))
            canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKCubicResampler.Mitchell));
        using var snapshot = surface.Snapshot();
        using var encoded = opaque ? snapshot.Encode(SKEncodedImageFormat.Jpeg, 88) : snapshot.Encode(SKEncodedImageFormat.Png, 100);
        return SKImage.FromEncodedData(encoded) ?? throw new InvalidDataException($"'{source}' could not be re-encoded.");
    }

    public void Dispose()
    {
        foreach (var image in _prepared.Values) image.Dispose();
        _prepared.Clear();
    }
}
