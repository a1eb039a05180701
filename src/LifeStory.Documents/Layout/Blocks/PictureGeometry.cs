using SkiaSharp;

namespace LifeStory.Documents.Layout.Blocks;

/// <summary>Where to cut a picture so it fills a box of another shape while keeping its focus point in view.</summary>
internal static class PictureGeometry
{
    /// <summary>The part of the picture (fractions of width and height) that fills a box of the given aspect.</summary>
    public static SKRect Crop(float pictureAspect, float boxAspect, float focusX = 0.5f, float focusY = 0.5f)
    {
        if (pictureAspect > boxAspect)
        {
            var share = boxAspect / pictureAspect;
            var left = Math.Clamp(focusX - share / 2, 0, 1 - share);
            return new SKRect(left, 0, left + share, 1);
        }
        var height = pictureAspect / boxAspect;
        var top = Math.Clamp(focusY - height / 2, 0, 1 - height);
        return new SKRect(0, top, 1, top + height);
    }
}
