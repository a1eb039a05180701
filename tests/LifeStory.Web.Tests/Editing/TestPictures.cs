using ImageMagick;
using SkiaSharp;

namespace LifeStory.Web.Tests.Editing;

/// <summary>Pictures made by the tests themselves (never real photos): drawn with SkiaSharp, EXIF written with Magick.NET.</summary>
internal static class TestPictures
{
    /// <summary>A 1600 × 1200 JPEG in two colours (left red, right blue), so a crop can be told apart by its colour.</summary>
    public static byte[] Jpeg(SKColor left, SKColor right, int width = 1600, int height = 1200)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            using var paint = new SKPaint { Color = left };
            canvas.DrawRect(0, 0, width / 2f, height, paint);
            paint.Color = right;
            canvas.DrawRect(width / 2f, 0, width / 2f, height, paint);
        }
        using var data = bitmap.Encode(SKEncodedImageFormat.Jpeg, 90);
        return data.ToArray();
    }

    /// <summary>The same JPEG carrying EXIF with a GPS position, a camera owner and a comment, as a phone would write.</summary>
    public static byte[] JpegWithGps()
    {
        using var image = new MagickImage(Jpeg(SKColors.Red, SKColors.Blue));
        var exif = new ExifProfile();
        exif.SetValue(ExifTag.GPSLatitudeRef, "N");
        exif.SetValue(ExifTag.GPSLatitude, [new Rational(54, 1), new Rational(29, 1), new Rational(9, 1)]);
        exif.SetValue(ExifTag.GPSLongitudeRef, "W");
        exif.SetValue(ExifTag.GPSLongitude, [new Rational(0, 1), new Rational(37, 1), new Rational(14, 1)]);
        exif.SetValue(ExifTag.Artist, "Jo Patel");
        exif.SetValue(ExifTag.Make, "Test camera");
        image.SetProfile(exif);
        image.SetAttribute("comment", "Taken at the flat");
        return image.ToByteArray(MagickFormat.Jpeg);
    }

    /// <summary>An iPhone-like HEIC (drawn by our own code) stored on its side with a turn, and EXIF with GPS.</summary>
    public static byte[] IPhoneHeic()
    {
        using var stream = typeof(TestPictures).Assembly.GetManifestResourceStream("IPhonePhoto.heic")!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
