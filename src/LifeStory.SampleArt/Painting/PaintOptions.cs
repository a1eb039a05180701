namespace LifeStory.SampleArt.Painting;

/// <summary>
/// How to paint a scene. <paramref name="Noise"/> is sensor grain in 0..255 levels: about 2 keeps the
/// committed sample photos small; 6 or more makes a 4000×3000 JPEG as heavy as a real phone photo.
/// </summary>
public sealed record PaintOptions(int Seed, float Noise = 2f, bool CameraLook = true);
