namespace LifeStory.Documents.Pictures;

/// <summary>A picture's size in pixels as the person who took it saw it (after EXIF orientation).</summary>
public sealed record PictureInfo(int Width, int Height)
{
    public float Aspect => (float)Width / Height;
}
