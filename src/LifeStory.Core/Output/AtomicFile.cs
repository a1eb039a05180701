using LifeStory.Documents.Files;

namespace LifeStory.Output;

/// <summary>
/// Writes a file so that it is either complete or untouched: the content goes to a temporary file beside
/// the target and is moved into place only when finished. A failed run never leaves half a PDF, and never
/// destroys the last good one; the temporary file is removed on every way out (see <see cref="TemporaryFiles"/>).
/// </summary>
public static class AtomicFile
{
    public static void Write(string path, Action<Stream> write) => Write(path, write, Open);

    /// <summary>As <see cref="Write(string, Action{Stream})"/>, with the temporary file opened by <paramref name="open"/>: tests inject a failing disk.</summary>
    internal static void Write(string path, Action<Stream> write, Func<string, Stream> open)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(folder);
        TemporaryFiles.RemoveStale(folder);
        var temporary = TemporaryFiles.NameFor(full);
        TemporaryFiles.Track(temporary);
        try
        {
            using (var stream = open(temporary))
            {
                var barrier = new FaultBarrierStream(stream);
                write(barrier);
                barrier.Flush();
                barrier.ThrowIfFailed();
                if (stream is FileStream file) file.Flush(flushToDisk: true);
            }
            File.Move(temporary, full, overwrite: true);
        }
        catch (IOException e) when (DiskFullException.Means(e))
        {
            throw new DiskFullException($"The disk is full: '{Path.GetFileName(full)}' could not be written in '{folder}'.", e);
        }
        finally
        {
            TemporaryFiles.Remove(temporary);
        }
    }

    // A large buffer: Skia hands the PDF over in many small writes, each a call back into .NET.
    private static FileStream Open(string temporary) =>
        new(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1 << 16);
}
