using NetVips;
using SkiaSharp;

namespace LifeStory.Documents.Pictures;

/// <summary>
/// What a picture file's header says, read without decoding a pixel: its upright size and format. Skia reads the
/// header of the formats it knows; HEIC and AVIF headers are read by libvips.
/// </summary>
internal sealed record PictureHeader(int Width, int Height, SKEncodedImageFormat Format)
{
    /// <summary>The header, or null when neither library can read one.</summary>
    public static PictureHeader? Read(string path)
    {
        using (var codec = SKCodec.Create(path))
        {
            if (codec is not null)
            {
                var info = codec.Info;
                return Orientation.SwapsAxes(codec.EncodedOrigin)
                    ? new PictureHeader(info.Height, info.Width, codec.EncodedFormat)
                    : new PictureHeader(info.Width, info.Height, codec.EncodedFormat);
            }
        }
        var format = PictureSniffer.Signature(PictureSniffer.ReadHeader(path));
        if (format is not (SKEncodedImageFormat.Heif or SKEncodedImageFormat.Avif)) return null;
        VipsSetup.Ensure();
        try
        {
            // libheif turns the picture by the file's own rotation and mirror boxes, so this size is upright.
            using var image = Image.NewFromFile(path, access: Enums.Access.Sequential);
            return new PictureHeader(image.Width, image.Height, format.Value);
        }
        catch (VipsException)
        {
            return null;
        }
    }
}
