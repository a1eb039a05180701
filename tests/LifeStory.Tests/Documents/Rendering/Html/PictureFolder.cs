using LifeStory.Documents.Pictures;
using LifeStory.Tests.Documents.Pictures;
using SkiaSharp;

namespace LifeStory.Tests.Documents.Rendering.Html;

/// <summary>A temporary folder of test pictures and a picture source over it: a JPEG carrying EXIF and a PNG with transparency.</summary>
internal sealed class PictureFolder : IDisposable
{
    private readonly TempFolder _folder = new();

    public PictureFolder()
    {
        _folder.Write("photos/exif-beach.jpg", TestImages.WithExifOrientation(TestImages.QuadrantJpeg(64, 48), 6));
        _folder.Write("drawings/see-through.png", TestImages.Png(30, 20, new SKColor(0x80, 0x20, 0x90, 0x80)));
        Source = FolderPictureSource.Under(_folder.Path);
    }

    public FolderPictureSource Source { get; }

    public string Root => _folder.Path;

    public void Dispose()
    {
        Source.Dispose();
        _folder.Dispose();
    }
}
