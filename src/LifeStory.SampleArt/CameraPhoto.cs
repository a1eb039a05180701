using LifeStory.SampleArt.Catalog;
using LifeStory.SampleArt.Jpeg;
using LifeStory.SampleArt.Painting;

namespace LifeStory.SampleArt;

/// <summary>
/// A full-size "camera" photo for benchmarks: heavy sensor grain so a 4000×3000 JPEG at quality 90
/// weighs what a real phone photo does (a few megabytes), with ordinary phone EXIF.
/// </summary>
public static class CameraPhoto
{
    public const int Quality = 90;

    /// <summary>Grain that puts a 4000×3000 photo at quality 90 at about 2.5 MB (measured: 2.5–2.7 MB across scenes).</summary>
    public const float Noise = 12f;

    public static byte[] Create(string scene, int width, int height, int seed, float noise = Noise)
    {
        using var upright = ScenePainter.Render(scene, width, height, new PaintOptions(seed, noise));
        var meta = new PhotoMetadata(Phones.Pixel.Make, Phones.Pixel.Model, 1, "Sample Camera",
            new DateTime(2025, 1, 1, 12, 0, 0).AddMinutes(seed % 100_000), "Sample Camera");
        return JpegWriter.Encode(upright, meta, Quality);
    }
}
