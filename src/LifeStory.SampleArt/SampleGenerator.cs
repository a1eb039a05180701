using LifeStory.SampleArt.Catalog;
using LifeStory.SampleArt.Drawings;
using LifeStory.SampleArt.Jpeg;
using LifeStory.SampleArt.Painting;
using SkiaSharp;

namespace LifeStory.SampleArt;

/// <summary>Writes every picture of every sample case folder. Fixed seeds: the same bytes on every run.</summary>
public static class SampleGenerator
{
    /// <summary>JPEG quality of a typical phone's "high" setting.</summary>
    public const int PhotoQuality = 88;

    /// <summary>Light grain: enough to look photographic, little enough to keep each committed file small.</summary>
    public const float PhotoNoise = 2f;

    public const int DrawingWidth = 1240;
    public const int DrawingHeight = 1754;

    public static IReadOnlyList<SampleCase> Cases { get; } = [MaisiePictures.Case, YusufPictures.Case];

    public static void Generate(string samplesFolder)
    {
        foreach (var sample in Cases)
        {
            var folder = Path.Combine(samplesFolder, sample.Folder);
            foreach (var photo in sample.Photos)
            {
                using var upright = RenderUpright(photo);
                Write(folder, photo.File, JpegWriter.Encode(upright, photo.Meta, PhotoQuality));
            }
            foreach (var drawing in sample.Drawings)
            {
                using var page = DrawingPainter.Render(drawing.Subject, DrawingWidth, DrawingHeight, drawing.Seed);
                Write(folder, drawing.File, EncodePng(page));
            }
        }
    }

    public static SKBitmap RenderUpright(SamplePhoto photo) =>
        ScenePainter.Render(photo.Scene, photo.Width, photo.Height, new PaintOptions(photo.Seed, PhotoNoise));

    public static byte[] EncodePng(SKBitmap bitmap)
    {
        using var pixmap = bitmap.PeekPixels();
        using var data = pixmap.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.AllFilters, 9))
            ?? throw new InvalidOperationException("PNG encoding failed.");
        return data.ToArray();
    }

    private static void Write(string folder, string file, byte[] bytes)
    {
        var path = Path.Combine(folder, file);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        Console.WriteLine($"{path}  {bytes.Length / 1024} KB");
    }
}
