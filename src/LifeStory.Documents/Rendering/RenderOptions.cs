namespace LifeStory.Documents.Rendering;

/// <summary>
/// How finely pictures are sampled: 300 dpi prints sharp at home; 150 dpi is plenty for a screen.
/// MaxParallelism caps the threads preparing pictures (null: one per processor); the output is the same either way.
/// </summary>
public sealed record RenderOptions(float PictureDpi = 300f, int? MaxParallelism = null)
{
    public static RenderOptions Print { get; } = new();
    public static RenderOptions Screen { get; } = new(150f);
}
