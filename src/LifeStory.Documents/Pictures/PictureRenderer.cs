using SkiaSharp;

namespace LifeStory.Documents.Pictures;

/// <summary>
/// Decodes one picture file at the smallest scale its request allows (JPEG's DCT scaling makes a 12-megapixel
/// photo cheap), turns it upright, crops, resamples and re-encodes it: JPEG for photos, PNG for anything with
/// transparency. Re-encoding is what keeps EXIF, GPS, XMP and comments out of the output, since Skia would
/// otherwise embed the original JPEG bytes. Holds one decoded bitmap at a time and shares nothing, so several
/// threads may render different pictures at once.
/// </summary>
internal static class PictureRenderer
{
    /// <summary>
    /// Skia's own pixel order (BGRA here): its resampler has a fast path only for that, and resampling a camera
    /// photo in RGBA took three times as long (36 ms against 13 ms for a 2000 × 1500 photo).
    /// </summary>
    private static readonly SKColorType Pixels = SKImageInfo.PlatformColorType;

    /// <summary>The re-encoded bytes of <paramref name="request"/>, read from the file at <paramref name="path"/>.</summary>
    public static SKData Render(string path, PictureRequest request)
    {
        var (source, pixelWidth, pixelHeight, crop) = request;
        using var codec = SKCodec.Create(path) ?? throw new InvalidDataException($"'{source}' is not a picture.");
        var origin = codec.EncodedOrigin;
        var stored = codec.Info;
        var swap = Orientation.SwapsAxes(origin);
        var uprightW = swap ? stored.Height : stored.Width;
        var uprightH = swap ? stored.Width : stored.Height;

        // Decode at the smallest scale that still gives the cropped region at least the pixels it needs.
        var needScale = Math.Min(1f, Math.Max(pixelWidth / (uprightW * crop.Width), pixelHeight / (uprightH * crop.Height)));
        var decodeSize = DecodeSize(codec, needScale);
        var decodeInfo = new SKImageInfo(decodeSize.Width, decodeSize.Height, Pixels,
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

        // A scanned drawing saved as PNG is usually opaque paper: as JPEG it prepares several times faster and
        // goes into the PDF as it is, where Skia would otherwise decode and deflate it on every run.
        var opaque = stored.AlphaType == SKAlphaType.Opaque || EveryPixelOpaque(decoded);
        using var surface = SKSurface.Create(new SKImageInfo(outW, outH, Pixels, opaque ? SKAlphaType.Opaque : SKAlphaType.Premul, SKColorSpace.CreateSrgb()));
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.Transparent);
        // Upright crop region → output rectangle, after the stored → upright transform.
        canvas.Scale(outW / (upW * crop.Width), outH / (upH * crop.Height));
        canvas.Translate(-crop.Left * upW, -crop.Top * upH);
        canvas.Concat(Orientation.ToUpright(origin, dw, dh));
        using (var image = SKImage.FromBitmap(decoded))
            canvas.DrawImage(image, 0, 0, Sampling(Math.Max(upW * crop.Width / outW, upH * crop.Height / outH)));
        using var snapshot = surface.Snapshot();
        return (opaque ? snapshot.Encode(SKEncodedImageFormat.Jpeg, 88) : snapshot.Encode(SKEncodedImageFormat.Png, 100))
            ?? throw new InvalidDataException($"'{source}' could not be re-encoded.");
    }

    /// <summary>
    /// Bilinear for a shrink of up to half, which is all that is left after JPEG's DCT scaling picked the nearest
    /// eighth (so each output pixel still sees its source pixels); with mipmaps beyond that (PNG scans have no DCT
    /// scaling), so no detail is skipped. Both are several times cheaper than a cubic filter on the CPU, and at
    /// 300 dpi the difference does not show in print.
    /// </summary>
    private static SKSamplingOptions Sampling(float shrink) =>
        shrink <= 2f ? new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.None) : new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear);

    /// <summary>True when no pixel lets anything show through: every alpha byte of the RGBA or BGRA pixels is 255.</summary>
    private static bool EveryPixelOpaque(SKBitmap bitmap)
    {
        var pixels = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, uint>(bitmap.GetPixelSpan());
        // RGBA or BGRA in memory: either way A is the top byte of a little-endian uint.
        foreach (var pixel in pixels)
            if (pixel < 0xFF000000) return false;
        return true;
    }

    /// <summary>
    /// The smallest size the codec can decode to that is at least <paramref name="needScale"/> of the stored size (the same on
    /// both axes, so EXIF turning does not change which step is enough).
    /// Skia rounds a requested scale to the nearest one it supports (JPEG: eighths), which may be below it: a photo
    /// asked for at 0.3 came out at 0.25, printing at 264 dpi instead of 300. So try the supported steps upwards.
    /// </summary>
    private static SKSizeI DecodeSize(SKCodec codec, float needScale)
    {
        var full = codec.Info.Size;
        var (needW, needH) = (full.Width * needScale, full.Height * needScale);
        for (var eighths = 1; eighths < 8; eighths++)
        {
            var size = codec.GetScaledDimensions(eighths / 8f);
            // A pixel of slack: scaled sizes are rounded, and one pixel short is not a visible loss.
            if (size.Width >= needW - 1 && size.Height >= needH - 1) return size;
        }
        return full;
    }
}
