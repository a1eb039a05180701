using System.Runtime.InteropServices;
using SkiaSharp;

namespace LifeStory.SampleArt.Painting;

/// <summary>
/// Camera finishing touches: a soft vignette and sensor grain. The grain is what makes a generated
/// picture compress like a real photo, so file-size benchmarks behave like real case folders.
/// </summary>
public static class Grain
{
    public static void Vignette(SKCanvas c, int w, int h)
    {
        var r = MathF.Sqrt(w * w + h * h) / 2f;
        using var shader = SKShader.CreateRadialGradient(new SKPoint(w / 2f, h / 2f), r,
            [SKColors.Transparent, SKColors.Transparent, new SKColor(0, 0, 0, 70)], [0f, 0.6f, 1f], SKShaderTileMode.Clamp);
        using var p = new SKPaint { Shader = shader };
        c.DrawRect(0, 0, w, h, p);
    }

    /// <summary>Adds bell-shaped noise of about <paramref name="amplitude"/> levels, mostly in brightness.</summary>
    public static void AddNoise(SKBitmap bitmap, float amplitude, Rng rng)
    {
        if (amplitude <= 0) return;
        var bytes = new byte[bitmap.ByteCount];
        Marshal.Copy(bitmap.GetPixels(), bytes, 0, bytes.Length);
        var chroma = amplitude * 0.35f;
        for (var i = 0; i + 3 < bytes.Length; i += 4)
        {
            var luma = rng.Bell() * amplitude;
            bytes[i] = Clamp(bytes[i] + luma + rng.Bell() * chroma);
            bytes[i + 1] = Clamp(bytes[i + 1] + luma);
            bytes[i + 2] = Clamp(bytes[i + 2] + luma + rng.Bell() * chroma);
        }
        Marshal.Copy(bytes, 0, bitmap.GetPixels(), bytes.Length);
    }

    private static byte Clamp(float v) => (byte)Math.Clamp((int)MathF.Round(v), 0, 255);
}
