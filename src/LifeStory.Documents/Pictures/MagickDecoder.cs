using ImageMagick;
using NetVips;

namespace LifeStory.Documents.Pictures;

/// <summary>
/// Decodes the two kinds libvips cannot: iPhone HEIC photos (the libheif inside NetVips.Native reads their header but
/// has no HEVC decoder) and BMP. Magick.NET only decodes here: the pixels, turned upright and with their colour
/// profile, go on to the same libvips preparation as every other picture, so nothing else of the file (EXIF, GPS,
/// XMP) travels with them. The caller has already checked the size in the header; ImageMagick's own limits are a
/// second line against a file whose header lies.
/// </summary>
internal static class MagickDecoder
{
    private static readonly Lazy<bool> Limited = new(() =>
    {
        ResourceLimits.Width = 60_000;
        ResourceLimits.Height = 60_000;
        ResourceLimits.Area = (ulong)PictureLimits.MaxPixels;
        // One thread per picture: a book's pictures are already prepared on every core at once.
        ResourceLimits.Thread = 1;
        return true;
    }, LazyThreadSafetyMode.ExecutionAndPublication);

    public static Image Decode(string path)
    {
        _ = Limited.Value;
        using var magick = new MagickImage(path);
        magick.AutoOrient();
        var profile = magick.GetColorProfile()?.ToByteArray();
        var bands = magick.HasAlpha ? 4 : 3;
        byte[] pixels;
        using (var collection = magick.GetPixelsUnsafe())
            pixels = collection.ToByteArray(bands == 4 ? PixelMapping.RGBA : PixelMapping.RGB) ?? throw new InvalidDataException("No pixels.");
        var image = Image.NewFromMemory(pixels, checked((int)magick.Width), checked((int)magick.Height), bands, Enums.BandFormat.Uchar);
        if (profile is null) return image;
        using (image)
            return image.Mutate(m => m.Set(GValue.BlobType, "icc-profile-data", profile));
    }
}
