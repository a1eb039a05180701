using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace LifeStory.Documents.Files;

/// <summary>
/// The temporary files this process is writing (a PDF before it is moved into place, a prepared picture), so that
/// they are removed on every way out: normal exit, error, Ctrl+C or a kill signal (see
/// <see cref="RemoveAll"/>). They hold a child's photos, so none may be left behind. A file left by a process that
/// was killed outright (SIGKILL, power cut) carries that process's id in its name, and the next run that writes
/// in the same folder removes it once that process is gone (see <see cref="RemoveStale"/>).
/// </summary>
public static partial class TemporaryFiles
{
    private static readonly ConcurrentDictionary<string, byte> Open = new(StringComparer.Ordinal);

    /// <summary>A temporary name beside <paramref name="target"/>: hidden, with this process's id, ending ".tmp".</summary>
    public static string NameFor(string target)
    {
        var folder = Path.GetDirectoryName(target) ?? "";
        var random = Guid.NewGuid().ToString("N")[..8];
        var name = string.Create(CultureInfo.InvariantCulture, $".{Path.GetFileName(target)}.{Environment.ProcessId}-{random}.tmp");
        return Path.Combine(folder, name);
    }

    /// <summary>Notes that <paramref name="path"/> is being written and must not outlive this process.</summary>
    public static void Track(string path) => Open[path] = 0;

    /// <summary>Deletes <paramref name="path"/> if it is still there and forgets it; never throws.</summary>
    public static void Remove(string path)
    {
        Open.TryRemove(path, out _);
        TryDelete(path);
    }

    /// <summary>Deletes every temporary file this process still has open; called as the process is stopped.</summary>
    public static void RemoveAll()
    {
        foreach (var path in Open.Keys) Remove(path);
    }

    /// <summary>
    /// Removes temporary files in <paramref name="folder"/> left by LifeStory processes that no longer run.
    /// Another run writing in the same folder at the same time is alive, so its files are left alone.
    /// </summary>
    public static int RemoveStale(string folder, bool withSubfolders = false)
    {
        if (!Directory.Exists(folder)) return 0;
        var removed = 0;
        try
        {
            foreach (var path in Directory.EnumerateFiles(folder, ".*.tmp", withSubfolders ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly))
            {
                var match = OurName().Match(Path.GetFileName(path));
                if (!match.Success)
                {
                    // Named by an earlier LifeStory, before names carried a process id: no run writes one file for
                    // ten minutes, so one that old was left behind.
                    if (EarlierName().IsMatch(Path.GetFileName(path)) && File.GetLastWriteTimeUtc(path) < DateTime.UtcNow - EarlierAge && TryDelete(path))
                        removed++;
                    continue;
                }
                var pid = int.Parse(match.Groups["pid"].Value, CultureInfo.InvariantCulture);
                if (pid == Environment.ProcessId || IsRunning(pid)) continue;
                if (TryDelete(path)) removed++;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A folder that cannot be listed (read-only, removed meanwhile) has nothing we could clean anyway.
        }
        return removed;
    }

    private static readonly TimeSpan EarlierAge = TimeSpan.FromMinutes(10);

    /// <summary>".life-story-book.pdf.1a2b3c4d.tmp": how LifeStory named temporary files before they carried a process id.</summary>
    [GeneratedRegex(@"^\..+\.[0-9a-f]{8}\.tmp$")]
    private static partial Regex EarlierName();

    private static bool IsRunning(int pid)
    {
        if (Directory.Exists("/proc/self")) return Directory.Exists(string.Create(CultureInfo.InvariantCulture, $"/proc/{pid}"));
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static bool TryDelete(string path)
    {
        try
        {
            if (!File.Exists(path)) return false;
            File.Delete(path);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"^\..+\.(?<pid>[0-9]{1,10})-[0-9a-f]{8}\.tmp$")]
    private static partial Regex OurName();
}
