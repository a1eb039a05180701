namespace LifeStory.SampleArt.Jpeg;

/// <summary>Where a photo was taken, in decimal degrees (south and west negative).</summary>
public sealed record GpsPosition(double Latitude, double Longitude);
