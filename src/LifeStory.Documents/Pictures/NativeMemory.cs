using System.Runtime.InteropServices;

namespace LifeStory.Documents.Pictures;

/// <summary>
/// Keeps the native memory of picture preparation from piling up. glibc gives each thread that allocates its own
/// arena (up to eight per core) and keeps what was freed in it; libvips allocates its pixel buffers on whichever
/// worker thread runs, so a cold 30-photo book peaked at 250–290 MB of which a third was freed memory held in
/// arenas. Two arenas brought the peak to 190–210 MB (measured with MALLOC_ARENA_MAX=2). Call it first thing, before
/// other threads start; elsewhere than glibc it does nothing.
/// </summary>
public static partial class NativeMemory
{
    private const int ArenaMax = -8; // M_ARENA_MAX in glibc's malloc.h

    public static void LimitArenas()
    {
        if (!OperatingSystem.IsLinux() || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("MALLOC_ARENA_MAX"))) return;
        try { _ = Mallopt(ArenaMax, 2); }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // musl and other C libraries have no arenas to limit.
        }
    }

    /// <summary>
    /// Hands memory freed by the last picture back to the system (glibc's malloc_trim): arenas that threads of the
    /// runtime created before <see cref="LimitArenas"/> could run keep what libvips freed in them otherwise.
    /// </summary>
    internal static void GiveBack()
    {
        if (!OperatingSystem.IsLinux()) return;
        try { _ = MallocTrim(0); }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // Not glibc: nothing to give back this way.
        }
    }

    [LibraryImport("libc.so.6", EntryPoint = "malloc_trim")]
    private static partial int MallocTrim(nuint pad);

    [LibraryImport("libc.so.6", EntryPoint = "mallopt")]
    private static partial int Mallopt(int parameter, int value);
}
