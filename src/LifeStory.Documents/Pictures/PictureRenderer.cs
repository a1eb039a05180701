using NetVips;
using SkiaSharp;

namespace LifeStory.Documents.Pictures;

/// <summary>
/// Prepares one picture file for print with libvips: decoded at the smallest scale its request allows (see
/// <see cref="PictureDecoder"/>), turned upright, cropped, resampled and re-encoded, as one pipeline that never
/// holds more than the picture at its decoded size. JPEG for photos and opaque scans, PNG for anything with
/// transparency. Re-encoding with no metadata kept is what keeps EXIF, GPS, XMP and comments out of the output;
/// Skia then places these bytes in the PDF as they are. Shares nothing, so several threads may render different
/// pictures at once.
/// </summary>
internal static class PictureRenderer
{
    private const int Quality = 88;

    /// <summary>The re-encoded bytes of <paramref name="request"/>, read from the file at <paramref name="path"/>.</summary>
    public static SKData Render(string path, PictureRequest request) => SKData.CreateCopy(Encode(path, request));

    internal static byte[] Encode(string path, PictureRequest request)
    {
        var (source, pixelWidth, pixelHeight, crop) = request;
        // A picture squeezed to nothing by its page (a name hundreds of letters long above it) still prepares as one
        // pixel, never a negative size that libvips would refuse.
        (pixelWidth, pixelHeight) = (Math.Max(1, pixelWidth), Math.Max(1, pixelHeight));
        var owned = new List<Image>();
        try
        {
            var image = Own(owned, PictureDecoder.Open(path, source,
                (w, h) => Math.Max(pixelWidth / (w * crop.Width), pixelHeight / (h * crop.Height))));
            var (w, h) = (image.Width, image.Height);
            var left = Math.Clamp((int)Math.Floor(crop.Left * w), 0, w - 1);
            var top = Math.Clamp((int)Math.Floor(crop.Top * h), 0, h - 1);
            var cropW = Math.Clamp((int)Math.Round(crop.Width * w), 1, w - left);
            var cropH = Math.Clamp((int)Math.Round(crop.Height * h), 1, h - top);
            var outW = Math.Min(pixelWidth, cropW);
            var outH = Math.Min(pixelHeight, cropH);

            if (cropW != w || cropH != h) image = Own(owned, image.Crop(left, top, cropW, cropH));
            var alpha = image.HasAlpha();
            if (outW != cropW || outH != cropH) image = Own(owned, Resize(image, (double)outW / cropW, (double)outH / cropH, alpha));

            // A scanned drawing saved as PNG is usually opaque paper: as JPEG it prepares several times faster and
            // goes into the PDF as it is. Finding out reads every pixel, so the picture is held in memory once, at
            // its final size (a 300 dpi A4 scan would be 35 MB before resampling).
            var opaque = true;
            if (alpha)
            {
                image = Own(owned, image.CopyMemory());
                using var alphaBand = image.ExtractBand(image.Bands - 1);
                opaque = alphaBand.Min() >= 255;
                if (opaque) image = Own(owned, image.ExtractBand(0, n: image.Bands - 1));
            }

            return opaque
                ? image.JpegsaveBuffer(q: Quality, optimizeCoding: true, keep: Enums.ForeignKeep.None)
                : image.PngsaveBuffer(keep: Enums.ForeignKeep.None);
        }
        catch (VipsException)
        {
            throw new InvalidDataException($"'{source}' could not be decoded.");
        }
        finally
        {
            for (var i = owned.Count - 1; i >= 0; i--) owned[i].Dispose();
        }
    }

    /// <summary>
    /// Linear for the little shrink left after the DCT picked its step (at most half; each output pixel still sees its
    /// source pixels), and libvips' box shrink before it for larger steps (PNG scans decode whole). Pictures with an
    /// alpha channel are resampled premultiplied, so no dark fringe grows around a drawing's edges (an opaque one
    /// comes out the same either way).
    /// </summary>
    private static Image Resize(Image image, double hscale, double vscale, bool alpha)
    {
        if (!alpha) return image.Resize(hscale, vscale: vscale, kernel: Enums.Kernel.Linear);
        using var premultiplied = image.Premultiply();
        using var resized = premultiplied.Resize(hscale, vscale: vscale, kernel: Enums.Kernel.Linear);
        using var straight = resized.Unpremultiply();
        return straight.Cast(Enums.BandFormat.Uchar);
    }

    private static Image Own(List<Image> owned, Image image)
    {
        owned.Add(image);
        return image;
    }
}
