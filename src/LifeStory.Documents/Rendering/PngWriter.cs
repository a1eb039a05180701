using LifeStory.Documents.Layout;
using LifeStory.Documents.Pictures;
using SkiaSharp;

namespace LifeStory.Documents.Rendering;

/// <summary>Renders a laid-out page to a PNG image: previews, thumbnails and the visual tests.</summary>
public static class PngWriter
{
    public static SKBitmap Render(LaidOutDocument document, int pageIndex, IPictureSource pictures, float dpi = 72f)
    {
        var page = document.Theme.Page;
        var scale = dpi / 72f;
        var bitmap = new SKBitmap((int)Math.Ceiling(page.Width * scale), (int)Math.Ceiling(page.Height * scale), SKColorType.Rgba8888, SKAlphaType.Premul);
        using var canvas = new SKCanvas(bitmap);
        canvas.Scale(scale);
        using var painter = new PagePainter(pictures, Math.Max(dpi, 96f));
        painter.PrepareAhead([document.Pages[pageIndex]], Environment.ProcessorCount);
        painter.Paint(canvas, document.Pages[pageIndex], document.Theme.Paper);
        return bitmap;
    }

    public static byte[] RenderPng(LaidOutDocument document, int pageIndex, IPictureSource pictures, float dpi = 72f)
    {
        using var bitmap = Render(document, pageIndex, pictures, dpi);
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
