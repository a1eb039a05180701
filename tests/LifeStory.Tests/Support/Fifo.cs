using System.Diagnostics;

namespace LifeStory.Tests.Support;

/// <summary>Makes a named pipe: opening one for reading waits until someone writes, which is how a run hangs.</summary>
internal static class Fifo
{
    public static void Make(string path)
    {
        using var process = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"mkfifo {path} failed.");
    }
}
