using System.Runtime.InteropServices;
using LifeStory.SampleArt.Painting;
using SkiaSharp;

namespace LifeStory.SampleArt.Drawings;

/// <summary>
/// Wax crayon only sticks to the raised grain of paper, so real crayon strokes are speckled with
/// pinholes of paper. We fake that by thinning the drawn layer in small clumps and slanted streaks.
/// The thinning uses only a few levels so the scan still compresses well as PNG.
/// </summary>
public static class WaxTexture
{
    public static void Apply(SKBitmap layer, Rng rng)
    {
        var w = layer.Width;
        var h = layer.Height;
        var bytes = new byte[layer.ByteCount];
        Marshal.Copy(layer.GetPixels(), bytes, 0, bytes.Length);

        // Paper tooth: one random value per 4×4 clump, stretched along a slant like crayon drag.
        var cw = w / 4 + 2;
        var tooth = new float[cw * (h / 4 + 2)];
        for (var i = 0; i < tooth.Length; i++) tooth[i] = rng.Next();

        for (var y = 0; y < h; y++)
        {
            for (var x = 0; x < w; x++)
            {
                var i = (y * w + x) * 4;
                if (bytes[i + 3] == 0) continue;
                var t = tooth[(y / 4) * cw + Math.Min(cw - 1, (x + y / 2) / 4 % cw)];
                var keep = t < 0.3f ? 0.3f : 1f;
                // The layer is premultiplied, so colour and alpha scale together.
                for (var k = 0; k < 4; k++) bytes[i + k] = (byte)(bytes[i + k] * keep);
            }
        }
        Marshal.Copy(bytes, 0, layer.GetPixels(), bytes.Length);
    }

    /// <summary>Off-white paper with a faint warm tint towards one corner, as scanners show.</summary>
    public static void Paper(SKCanvas c, int w, int h)
    {
        using var shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(w, h),
            [new SKColor(253, 252, 248), new SKColor(247, 244, 234)], SKShaderTileMode.Clamp);
        using var p = new SKPaint { Shader = shader };
        c.DrawRect(0, 0, w, h, p);
    }
}
