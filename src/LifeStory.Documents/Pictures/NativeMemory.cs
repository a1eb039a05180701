using System.Runtime.InteropServices;

namespace LifeStory.Documents.Pictures;

/// <summary>
/// Keeps the native memory of picture preparation from piling up. glibc gives each thread that allocates its own
/// arena and keeps what was freed in it; libvips allocates its pixel buffers on whichever worker thread runs, so a
/// cold 30-photo book peaked at 250–290 MB, a third of it freed memory held in arenas. Elsewhere than glibc this
/// does nothing.
/// </summary>
public static partial class NativeMemory
{
    private const int ArenaMax = -8; // M_ARENA_MAX in glibc's malloc.h

    /// <summary>
    /// Measured on the 30-photo book (cold, peak RSS, extra system CPU): giving memory back after every picture
    /// 190 MB and +0.5 s, after every fourth 212–215 MB and +0.3 s, after every eighth 220–230 MB; never, 250–290 MB.
    /// For 200 photos every fourth gave 235 MB and +1.5 s, every picture 205–224 MB and +3.5 s.
    /// </summary>
    private const int GiveBackEvery = 4;

    private static int _pictures;

    /// <summary>Two arenas at most. Call it first thing; the runtime's own threads have made theirs already.</summary>
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
    /// After every fourth prepared picture, hands what was freed back to the system (glibc's malloc_trim): the arenas
    /// made before <see cref="LimitArenas"/> ran keep what libvips freed in them otherwise.
    /// </summary>
    internal static void GiveBack()
    {
        if (!OperatingSystem.IsLinux() || Interlocked.Increment(ref _pictures) % GiveBackEvery != 0) return;
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
