using System.Diagnostics;
using System.Globalization;
using LifeStory.Documents.Pictures;
using NetVips;
using SkiaSharp;

namespace LifeStory.Benchmarks;

/// <summary>
/// CPU per photo by stage, one camera photo prepared the way the book needs it (decoded at ½, resampled to 1,890 px
/// wide, JPEG q88), before (SkiaSharp, as the renderer did until libvips took over, after SKGraphics.Init) and after
/// (libvips). Each stage is forced into memory so it can be timed alone; the real pipeline streams, so its total
/// (last line) is less than the sum. Process CPU time, median of the runs, one picture at a time.
/// </summary>
internal static class PhotoStages
{
    private const int TargetWidth = 1890;

    public static int Run(string photo, int runs)
    {
        Environment.SetEnvironmentVariable("VIPS_CONCURRENCY", null);
        var rows = new List<(string Name, double Ms)>();
        rows.AddRange(Skia(photo, runs));
        rows.AddRange(Vips(photo, runs));
        var request = new PictureRequest(Path.GetFileName(photo), TargetWidth, TargetWidth * 3 / 4, new SKRect(0, 0, 1, 1));
        rows.Add(("libvips whole pipeline (PictureRenderer, streamed)", Median(runs, () => PictureRenderer.Encode(photo, request))));
        foreach (var (name, ms) in rows)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-52} {ms,7:N1} ms CPU"));
        return 0;
    }

    private static IEnumerable<(string, double)> Skia(string photo, int runs)
    {
        using var codec = SKCodec.Create(photo);
        var size = codec.GetScaledDimensions(0.5f);
        var info = new SKImageInfo(size.Width, size.Height, SKImageInfo.PlatformColorType, SKAlphaType.Opaque, SKColorSpace.CreateSrgb());
        using var decoded = new SKBitmap(info);
        var decode = Median(runs, () =>
        {
            using var again = SKCodec.Create(photo);
            again.GetPixels(info, decoded.GetPixels());
        });
        var outInfo = new SKImageInfo(TargetWidth, TargetWidth * size.Height / size.Width, SKImageInfo.PlatformColorType, SKAlphaType.Opaque, SKColorSpace.CreateSrgb());
        using var surface = SKSurface.Create(outInfo);
        using var image = SKImage.FromBitmap(decoded);
        var resample = Median(runs, () =>
        {
            surface.Canvas.DrawImage(image, new SKRect(0, 0, outInfo.Width, outInfo.Height), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.None));
            surface.Flush();
        });
        using var snapshot = surface.Snapshot();
        var encode = Median(runs, () => snapshot.Encode(SKEncodedImageFormat.Jpeg, 88).Dispose());
        return [("before: SkiaSharp decode at 1/2", decode), ("before: SkiaSharp resample (linear)", resample), ("before: SkiaSharp encode q88", encode)];
    }

    private static IEnumerable<(string, double)> Vips(string photo, int runs)
    {
        using (var warm = Image.NewFromFile(photo)) { _ = warm.Width; }
        NetVips.NetVips.Concurrency = 1;
        Image? decoded = null;
        var decode = Median(runs, () =>
        {
            decoded?.Dispose();
            using var lazy = Image.Jpegload(photo, shrink: 2, access: Enums.Access.Sequential);
            decoded = lazy.CopyMemory();
        });
        Image? resized = null;
        var resample = Median(runs, () =>
        {
            resized?.Dispose();
            using var lazy = decoded!.Resize((double)TargetWidth / decoded.Width, kernel: Enums.Kernel.Linear);
            resized = lazy.CopyMemory();
        });
        var encode = Median(runs, () => resized!.JpegsaveBuffer(q: 88, optimizeCoding: true, keep: Enums.ForeignKeep.None));
        var plain = Median(runs, () => resized!.JpegsaveBuffer(q: 88, keep: Enums.ForeignKeep.None));
        decoded?.Dispose();
        resized?.Dispose();
        return [("after: libvips decode at 1/2 (shrink-on-load)", decode), ("after: libvips resample (linear)", resample),
            ("after: libvips encode q88, Huffman optimised", encode), ("after: libvips encode q88, standard Huffman", plain)];
    }

    private static double Median(int runs, Action action)
    {
        action();
        var samples = new double[runs];
        var process = Process.GetCurrentProcess();
        for (var i = 0; i < runs; i++)
        {
            process.Refresh();
            var before = process.TotalProcessorTime;
            action();
            process.Refresh();
            samples[i] = (process.TotalProcessorTime - before).TotalMilliseconds;
        }
        Array.Sort(samples);
        return samples[runs / 2];
    }
}
