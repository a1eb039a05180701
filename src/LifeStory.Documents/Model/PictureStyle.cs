namespace LifeStory.Documents.Model;

/// <summary>
/// How one picture is placed. Width is a share of the column (1 = full width). Focus is the point, in fractions of
/// the picture, that stays in view when it is cropped. Sensitive photos can be printed in black and white;
/// scanned drawings can be trimmed of their empty paper margins. PageShare is the most of the page's height a
/// picture may take: under half, so words fit beside it, unless it is marked large (a book read aloud to a toddler).
/// </summary>
public sealed record PictureStyle(
    PictureFit Fit = PictureFit.Fit,
    PictureFrame Frame = PictureFrame.Rounded,
    float Width = 1f,
    float FocusX = 0.5f,
    float FocusY = 0.5f,
    bool BlackAndWhite = false,
    float? Height = null,
    bool Trim = false,
    float PageShare = 0.42f)
{
    public static PictureStyle Default { get; } = new();
}
