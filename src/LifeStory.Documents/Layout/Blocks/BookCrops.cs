using LifeStory.Documents.Model;
using LifeStory.Documents.Pictures;
using SkiaSharp;

namespace LifeStory.Documents.Layout.Blocks;

/// <summary>
/// The parts of a photo the book shows, as fractions of the upright photo: what an editor shows beside a photo
/// while its focus point is chosen, worked out by the very code that lays the book out.
/// </summary>
public static class BookCrops
{
    /// <summary>The square a person's round face on the family tree shows.</summary>
    public static SKRect FaceCircle(PictureInfo picture, PictureFocus? focus) => FaceCrop.For(picture.Aspect, focus);

    /// <summary>The part a filled frame on a page, or a box in a grid of photos, shows (4:3).</summary>
    public static SKRect PageFrame(PictureInfo picture, PictureFocus? focus) =>
        PictureGeometry.Crop(picture.Aspect, PictureLayout.FrameAspect, focus?.X ?? 0.5f, focus?.Y ?? 0.5f);

    /// <summary>The page frame's shape, width over height.</summary>
    public static float PageFrameAspect => PictureLayout.FrameAspect;
}
