using SkiaSharp;

namespace LifeStory.Documents.Rendering;

/// <summary>
/// Black and white for a photo the case marks as sensitive: the image drawn through a filter that keeps its
/// brightness (Rec. 709 luma weights). One filter, so the editor's preview greys a photo exactly as the page does.
/// </summary>
public static class GreyFilter
{
    public static SKColorFilter Create() => SKColorFilter.CreateColorMatrix(
    [
        0.2126f, 0.7152f, 0.0722f, 0, 0,
        0.2126f, 0.7152f, 0.0722f, 0, 0,
        0.2126f, 0.7152f, 0.0722f, 0, 0,
        0, 0, 0, 1, 0,
    ]);
}
