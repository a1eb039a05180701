using LifeStory.Documents.Model;
using SkiaSharp;

namespace LifeStory.Documents.Layout.Blocks;

/// <summary>
/// The square a face circle shows: a face-sized part of the photo, not the whole scene squeezed into a coin.
/// Around the photo's focus point when it has one; otherwise centred in the upper third, where faces usually are.
/// </summary>
internal static class FaceCrop
{
    /// <summary>Side of the square around a focus point, as a share of the photo's shorter side: a face and a little around it.</summary>
    internal const float FocusedShare = 0.5f;

    /// <summary>Without a focus point the face could be anywhere across the upper part: a little more is kept.</summary>
    internal const float UnfocusedShare = 0.6f;

    /// <summary>Where faces usually are when nobody has said: the middle, a third of the way down.</summary>
    internal static readonly PictureFocus UpperThird = new(0.5f, 1f / 3);

    /// <summary>The part of the picture (fractions of width and height) the circle shows.</summary>
    public static SKRect For(float pictureAspect, PictureFocus? focus)
    {
        var share = focus is null ? UnfocusedShare : FocusedShare;
        var centre = focus ?? UpperThird;
        // A square of share × the shorter side, in fractions of each side.
        var width = pictureAspect >= 1 ? share / pictureAspect : share;
        var height = pictureAspect >= 1 ? share : share * pictureAspect;
        var left = Math.Clamp(centre.X - width / 2, 0, 1 - width);
        var top = Math.Clamp(centre.Y - height / 2, 0, 1 - height);
        return new SKRect(left, top, left + width, top + height);
    }
}
