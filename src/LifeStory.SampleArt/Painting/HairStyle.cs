namespace LifeStory.SampleArt.Painting;

/// <summary>A few simple hair shapes, enough to tell the people in a picture apart.</summary>
public enum HairStyle
{
    Short,
    Long,
    Curly,
    Bun,
    Headscarf,
}
