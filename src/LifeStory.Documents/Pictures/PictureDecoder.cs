using NetVips;
using SkiaSharp;

namespace LifeStory.Documents.Pictures;

/// <summary>
/// Opens a picture file as an upright, 8-bit sRGB libvips image (3 bands, or 4 with transparency), decoded at the
/// smallest scale that still gives what the caller needs: a JPEG is shrunk while it is decoded (by 2, 4 or 8, in
/// the DCT), a WebP is decoded at any scale, the rest in full. The size is read from the header and checked before
/// a single pixel is decoded. The image is lazy: pixels are decoded when the caller writes or reads it.
/// </summary>
internal static class PictureDecoder
{
    /// <param name="scaleFor">
    /// From the upright width and height, the fraction of them the caller needs (at most 1); the picture may come
    /// back larger than that, never smaller.
    /// </param>
    public static Image Open(string path, string source, Func<int, int, double> scaleFor)
    {
        VipsSetup.Ensure();
        var format = PictureSniffer.Signature(PictureSniffer.ReadHeader(path));
        try
        {
            using var decoded = format is SKEncodedImageFormat.Heif or SKEncodedImageFormat.Bmp
                ? OpenWithMagick(path, source, format.Value)
                : OpenWithVips(path, source, format, scaleFor);
            return ToSrgb(decoded);
        }
        catch (VipsException)
        {
            throw Undecodable(source, format);
        }
        catch (ImageMagick.MagickException)
        {
            throw Undecodable(source, format);
        }
    }

    private static InvalidDataException Undecodable(string source, SKEncodedImageFormat? format) => format == SKEncodedImageFormat.Heif
        ? new InvalidDataException($"'{source}' is an iPhone HEIC photo that could not be read. On the iPhone choose Settings › Camera › Formats › Most Compatible, or export it as JPEG, then replace the file.")
        : new InvalidDataException($"'{source}' could not be decoded.");

    private static Image OpenWithVips(string path, string source, SKEncodedImageFormat? format, Func<int, int, double> scaleFor)
    {
        // Opening reads the header only.
        int width, height, orientation;
        using (var header = Image.NewFromFile(path, access: Enums.Access.Sequential))
        {
            (width, height) = (header.Width, header.Height);
            orientation = header.Contains("orientation") ? Convert.ToInt32(header.Get("orientation"), System.Globalization.CultureInfo.InvariantCulture) : 1;
        }
        CheckSize(source, width, height);
        var swap = orientation is >= 5 and <= 8;
        var scale = Math.Min(1, scaleFor(swap ? height : width, swap ? width : height));
        // Turning a picture needs its rows in any order; an upright one streams from the file row by row.
        var access = orientation is > 1 and <= 8 ? Enums.Access.Random : Enums.Access.Sequential;
        var image = format switch
        {
            SKEncodedImageFormat.Jpeg => Image.Jpegload(path, shrink: JpegShrink(width, height, scale), access: access),
            SKEncodedImageFormat.Webp when scale < 1 => Image.Webpload(path, scale: scale, access: access),
            _ => Image.NewFromFile(path, access: access),
        };
        if (orientation <= 1) return image;
        using (image)
            return image.Autorot();
    }

    private static Image OpenWithMagick(string path, string source, SKEncodedImageFormat format)
    {
        if (format == SKEncodedImageFormat.Heif)
        {
            // libvips' HEIF loader reads the header (it cannot decode HEVC pixels), which is all the size check needs.
            using var header = Image.NewFromFile(path, access: Enums.Access.Sequential);
            CheckSize(source, header.Width, header.Height);
        }
        else
        {
            var info = new ImageMagick.MagickImageInfo(path);
            CheckSize(source, checked((int)info.Width), checked((int)info.Height));
        }
        return MagickDecoder.Decode(path);
    }

    private static void CheckSize(string source, int width, int height)
    {
        if ((long)width * height > PictureLimits.MaxPixels)
            throw new InvalidDataException($"'{source}' is {width} × {height} pixels, too large to use safely. Save a smaller copy.");
    }

    /// <summary>
    /// The largest of libjpeg's DCT shrinks (8, 4, 2) that still leaves at least the pixels needed (a pixel of slack:
    /// scaled sizes are rounded up, and one pixel short is not a visible loss).
    /// </summary>
    internal static int JpegShrink(int width, int height, double scale)
    {
        foreach (var shrink in (int[])[8, 4, 2])
        {
            if ((width + shrink - 1) / shrink >= width * scale - 1 && (height + shrink - 1) / shrink >= height * scale - 1)
                return shrink;
        }
        return 1;
    }

    /// <summary>
    /// Into 8-bit sRGB: through the picture's own colour profile when it has one (an iPhone's Display P3), otherwise
    /// by its interpretation (grey, CMYK, 16-bit).
    /// </summary>
    private static Image ToSrgb(Image image)
    {
        Image converted;
        if (image.Contains("icc-profile-data"))
        {
            try { converted = image.IccTransform("srgb", embedded: true, intent: Enums.Intent.Relative); }
            catch (VipsException) { converted = image.Colourspace(Enums.Interpretation.Srgb); }
        }
        else if (image.Interpretation != Enums.Interpretation.Srgb || image.Format != Enums.BandFormat.Uchar)
        {
            converted = image.Colourspace(Enums.Interpretation.Srgb);
        }
        else
        {
            return image.Copy();
        }
        if (converted.Format == Enums.BandFormat.Uchar) return converted;
        using (converted)
            return converted.Cast(Enums.BandFormat.Uchar);
    }
}
