namespace LifeStory.Documents.Rendering;

/// <summary>How finely pictures are sampled: 300 dpi prints sharp at home; 150 dpi is plenty for a screen.</summary>
public sealed record RenderOptions(float PictureDpi = 300f)
{
    public static RenderOptions Print { get; } = new();
    public static RenderOptions Screen { get; } = new(150f);
}
