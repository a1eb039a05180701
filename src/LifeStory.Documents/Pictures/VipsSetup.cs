using NetVips;

namespace LifeStory.Documents.Pictures;

/// <summary>
/// Sets libvips up once, before the first picture: no operation cache (it would keep decoded photos and open files
/// for the life of the process), only the loaders for the formats LifeStory accepts (every other loader, from TIFF
/// to SVG and PDF, is blocked, so a renamed file of another kind never reaches a parser we do not need), and one
/// worker thread per picture, because a book's pictures are already prepared in parallel, one per core.
/// </summary>
internal static class VipsSetup
{
    /// <summary>The loader classes LifeStory uses (subclasses for files, buffers and sources are included).</summary>
    private static readonly string[] Allowed = ["VipsForeignLoadJpeg", "VipsForeignLoadPng", "VipsForeignLoadWebp", "VipsForeignLoadNsgif", "VipsForeignLoadHeif"];

    private static readonly Lazy<bool> Done = new(Configure, LazyThreadSafetyMode.ExecutionAndPublication);

    public static void Ensure() => _ = Done.Value;

    private static bool Configure()
    {
        Cache.Max = 0;
        Cache.MaxFiles = 0;
        Cache.MaxMem = 0;
        // Measured on the 30-photo book with pictures prepared on both cores: one thread per picture used less CPU
        // than two and finished sooner. VIPS_CONCURRENCY in the environment still wins, for measuring.
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("VIPS_CONCURRENCY"))) NetVips.NetVips.Concurrency = 1;
        NetVips.NetVips.BlockUntrusted = true;
        Operation.Block("VipsForeignLoad", true);
        foreach (var loader in Allowed) Operation.Block(loader, false);
        return true;
    }
}
