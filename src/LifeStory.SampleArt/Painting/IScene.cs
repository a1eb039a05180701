using SkiaSharp;

namespace LifeStory.SampleArt.Painting;

/// <summary>
/// One named picture. Scenes draw in a logical space 1000 units tall and <see cref="Frame.W"/> wide, so the
/// same scene works landscape, portrait and at any pixel size.
/// </summary>
public interface IScene
{
    string Name { get; }

    void Paint(SKCanvas canvas, Frame frame, Rng rng);
}
