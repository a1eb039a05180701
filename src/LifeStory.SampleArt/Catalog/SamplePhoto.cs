using LifeStory.SampleArt.Jpeg;

namespace LifeStory.SampleArt.Catalog;

/// <summary>One photo in a sample case folder: which scene, upright size, seed and what the "phone" recorded.</summary>
public sealed record SamplePhoto(string File, string Scene, int Width, int Height, int Seed, PhotoMetadata Meta)
{
    /// <summary>A photo taken on someone's phone; they are both its Artist and its owner.</summary>
    public static SamplePhoto Taken(string file, string scene, int width, int height, int seed,
        (string Make, string Model) phone, int orientation, string by, DateTime taken, GpsPosition? gps = null) =>
        new(file, scene, width, height, seed, new PhotoMetadata(phone.Make, phone.Model, orientation, by, taken, by, gps));
}
