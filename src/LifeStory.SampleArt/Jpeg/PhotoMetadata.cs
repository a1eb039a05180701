namespace LifeStory.SampleArt.Jpeg;

/// <summary>
/// What a phone would write into a photo. The Artist, Owner comment and GPS position are exactly the
/// kind of personal details the book pipeline must strip, so the samples carry them on purpose.
/// </summary>
public sealed record PhotoMetadata(
    string Make,
    string Model,
    int Orientation,
    string Artist,
    DateTime Taken,
    string Owner,
    GpsPosition? Gps = null);
