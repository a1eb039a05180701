namespace LifeStory.SampleArt.Painting;

/// <summary>The logical drawing area: always 1000 tall, as wide as the picture's aspect ratio needs.</summary>
public sealed record Frame(float W, float H = 1000f)
{
    public float CenterX => W / 2f;

    /// <summary>True for portrait pictures, where scenes stack things rather than spread them out.</summary>
    public bool IsPortrait => W < H;

    /// <summary>A horizontal position as a fraction of the width.</summary>
    public float X(float fraction) => W * fraction;
}
