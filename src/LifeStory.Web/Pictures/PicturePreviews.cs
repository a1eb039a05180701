using System.Security.Cryptography;
using LifeStory.Documents.Layout.Blocks;
using LifeStory.Documents.Model;
using LifeStory.Documents.Pictures;
using Microsoft.Extensions.Caching.Memory;
using SkiaSharp;

namespace LifeStory.Web.Pictures;

/// <summary>
/// Small JPEGs (PNGs for pictures with transparency) of a stored picture, made by the engine (turned upright, cropped by the book's own crop code,
/// re-encoded so no metadata can come along) and kept in memory by the stored file's hash, view and focus point:
/// clicking around a photo decodes it once per point, and going back to a page decodes nothing.
/// </summary>
public sealed class PicturePreviews : IDisposable
{
    /// <summary>The longer side of a whole-picture thumbnail; the crops are smaller still.</summary>
    public const int UprightPixels = 480;

    private const int FacePixels = 160;
    private const int FramePixels = 320;

    private readonly MemoryCache _made = new(new MemoryCacheOptions { SizeLimit = 64L << 20 });

    public PicturePreview Make(byte[] stored, string path, PictureView view, PictureFocus? focus)
    {
        var key = $"{Convert.ToHexString(SHA256.HashData(stored))}|{view}|{focus?.X:R}|{focus?.Y:R}";
        if (_made.TryGetValue(key, out PicturePreview? known) && known is not null) return known;
        var made = Render(stored, Path.GetExtension(path), view, focus);
        _made.Set(key, made, new MemoryCacheEntryOptions { Size = made.Content.Length });
        return made;
    }

    private static PicturePreview Render(byte[] stored, string extension, PictureView view, PictureFocus? focus)
    {
        var folder = Path.Combine(Path.GetTempPath(), "lifestory-preview-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            File.WriteAllBytes(Path.Combine(folder, "picture" + extension), stored);
            using var source = FolderPictureSource.Under(folder);
            var name = "picture" + extension;
            var info = source.Describe(name, out var problem) ?? throw new InvalidDataException(problem);
            var crop = view switch
            {
                PictureView.Face => BookCrops.FaceCircle(info, focus),
                PictureView.Frame => BookCrops.PageFrame(info, focus),
                _ => new SKRect(0, 0, 1, 1),
            };
            var (width, height) = Size(info.Width * crop.Width, info.Height * crop.Height, view switch
            {
                PictureView.Face => FacePixels,
                PictureView.Frame => FramePixels,
                _ => UprightPixels,
            });
            var image = source.Prepare(name, width, height, crop);
            // A drawing on transparent paper stays a PNG: a JPEG would turn the paper black.
            var opaque = image.AlphaType == SKAlphaType.Opaque;
            using var encoded = image.Encode(opaque ? SKEncodedImageFormat.Jpeg : SKEncodedImageFormat.Png, 85);
            return new PicturePreview(encoded.ToArray(), opaque ? "image/jpeg" : "image/png");
        }
        finally
        {
            PictureCaches.ForgetFolder(folder);
            Directory.Delete(folder, recursive: true);
        }
    }

    private static (int Width, int Height) Size(float width, float height, int longest)
    {
        var scale = Math.Min(1, longest / Math.Max(width, height));
        return (Math.Max(1, (int)Math.Round(width * scale)), Math.Max(1, (int)Math.Round(height * scale)));
    }

    public void Dispose() => _made.Dispose();
}
