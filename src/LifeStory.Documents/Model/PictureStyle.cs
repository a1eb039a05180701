namespace LifeStory.Documents.Model;

/// <summary>
/// How one picture is placed. Width is a share of the column (1 = full width). Focus is the point, in fractions of
/// the picture, that stays in view when it is cropped. Sensitive photos can be printed in black and white;
/// scanned drawings can be trimmed of their empty paper margins.
/// </summary>
public sealed record PictureStyle(
    PictureFit Fit = PictureFit.Fit,
    PictureFrame Frame = PictureFrame.Rounded,
    float Width = 1f,
    float FocusX = 0.5f,
    float FocusY = 0.5f,
    bool BlackAndWhite = false,
    float? Height = null,
    bool Trim = false)
{
    public static PictureStyle Default { get; } = new();
}
