namespace LifeStory.Documents.Pictures;

/// <summary>The largest picture LifeStory opens: 100 megapixels, far beyond any camera or A4 scan, far short of a decompression bomb.</summary>
internal static class PictureLimits
{
    public const long MaxPixels = 100_000_000;
}
