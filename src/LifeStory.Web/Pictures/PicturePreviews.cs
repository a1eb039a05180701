using System.Security.Cryptography;
using LifeStory.Documents.Layout.Blocks;
using LifeStory.Documents.Model;
using LifeStory.Documents.Pictures;
using Microsoft.Extensions.Caching.Memory;
using LifeStory.Documents.Rendering;
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

    /// <summary>
    /// The book prints a photo marked "small" at 0.4 of the column's width (the ".small" picture attribute), so its
    /// frame preview is that share of an ordinary one: the social worker sees how much smaller it will be.
    /// </summary>
    private const float SmallShare = 0.4f;

    public PicturePreview Make(byte[] stored, string path, PictureView view, PictureFocus? focus, PrintedAs printed)
    {
        var key = $"{Convert.ToHexString(SHA256.HashData(stored))}|{view}|{focus?.X:R}|{focus?.Y:R}|{printed}";
        if (_made.TryGetValue(key, out PicturePreview? known) && known is not null) return known;
        var made = Render(stored, Path.GetExtension(path), view, focus, printed);
        _made.Set(key, made, new MemoryCacheEntryOptions { Size = made.Content.Length });
        return made;
    }

    private static PicturePreview Render(byte[] stored, string extension, PictureView view, PictureFocus? focus, PrintedAs printed)
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
                PictureView.Frame => printed.Smaller ? (int)(FramePixels * SmallShare) : FramePixels,
                _ => UprightPixels,
            });
            var prepared = source.Prepare(name, width, height, crop);
            // The upright photo is the one being worked on, so it stays in colour; the crops show it as printed.
            using var greyed = printed.BlackAndWhite && view != PictureView.Upright ? Greyed(prepared) : null;
            var image = greyed ?? prepared;
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

    /// <summary>The picture drawn through the page's own grey filter, as a black-and-white photo prints.</summary>
    private static SKImage Greyed(SKImage image)
    {
        using var surface = SKSurface.Create(new SKImageInfo(image.Width, image.Height, SKColorType.Rgba8888, image.AlphaType == SKAlphaType.Opaque ? SKAlphaType.Opaque : SKAlphaType.Premul));
        using var filter = GreyFilter.Create();
        using var paint = new SKPaint { ColorFilter = filter };
        surface.Canvas.DrawImage(image, 0, 0, paint);
        return surface.Snapshot();
    }

    private static (int Width, int Height) Size(float width, float height, int longest)
    {
        var scale = Math.Min(1, longest / Math.Max(width, height));
        return (Math.Max(1, (int)Math.Round(width * scale)), Math.Max(1, (int)Math.Round(height * scale)));
    }

    public void Dispose() => _made.Dispose();
}
