using System.Diagnostics;
using LifeStory.SampleArt.Jpeg;
using SkiaSharp;

namespace LifeStory.SampleArt.Heif;

/// <summary>
/// A HEIC photo made the way an iPhone held upright makes one: the sensor's pixels stored on their side, an irot
/// property turning them upright, and EXIF carrying Orientation 6, the camera, the photographer and a GPS position.
/// Our code draws the pixels (four coloured quarters, so a test can tell which way up it is) and writes the EXIF;
/// Debian's <c>heif-enc</c> (libheif with x265, package libheif-examples) does the HEVC coding, because neither
/// Magick.NET's build nor NetVips.Native can encode HEVC, and copies the EXIF from our JPEG; our code then adds
/// the rotation.
/// </summary>
public static class IPhonePhoto
{
    public const int Width = 300;
    public const int Height = 400;

    public static int Write(string output)
    {
        using var upright = new SKBitmap(new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        using (var canvas = new SKCanvas(upright))
        {
            Quarter(canvas, 0, 0, SKColors.Red);
            Quarter(canvas, 1, 0, SKColors.Lime);
            Quarter(canvas, 0, 1, SKColors.Blue);
            Quarter(canvas, 1, 1, SKColors.Yellow);
        }
        var meta = new PhotoMetadata("Apple", "iPhone 15", 6, "Jo Patel", new DateTime(2026, 6, 13, 15, 45, 0), "Jo Patel",
            new GpsPosition(54.4858, -0.6206));
        var jpeg = Path.GetTempFileName() + ".jpg";
        var heic = Path.GetTempFileName() + ".heic";
        try
        {
            File.WriteAllBytes(jpeg, JpegWriter.Encode(upright, meta, 95));
            using (var encoder = Process.Start(new ProcessStartInfo("heif-enc", ["-q", "90", "-o", heic, jpeg]) { RedirectStandardOutput = true })
                ?? throw new InvalidOperationException("heif-enc did not start (apt-get install libheif-examples)."))
            {
                encoder.StandardOutput.ReadToEnd();
                encoder.WaitForExit();
                if (encoder.ExitCode != 0) throw new InvalidOperationException($"heif-enc failed ({encoder.ExitCode}).");
            }
            // Stored turned 90° anticlockwise (EXIF 6 means "turn 90° clockwise to view"), so irot turns it 270° anticlockwise.
            File.WriteAllBytes(output, HeifRotation.Add(File.ReadAllBytes(heic), 3));
            return 0;
        }
        finally
        {
            File.Delete(jpeg);
            File.Delete(heic);
        }
    }

    private static void Quarter(SKCanvas canvas, int column, int row, SKColor colour)
    {
        using var paint = new SKPaint { Color = colour };
        canvas.DrawRect(column * Width / 2f, row * Height / 2f, Width / 2f, Height / 2f, paint);
    }
}
