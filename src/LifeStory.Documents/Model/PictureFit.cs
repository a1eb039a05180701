namespace LifeStory.Documents.Model;

/// <summary>How a picture meets its box: the whole picture shown, or the box filled and the picture cropped around its focus.</summary>
public enum PictureFit
{
    Fit,
    Fill,
}
