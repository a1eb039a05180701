namespace LifeStory.Output;

/// <summary>The disk (or the user's quota on it) filled up while writing; nothing was left behind.</summary>
public sealed class DiskFullException(string message, Exception inner) : IOException(message, inner)
{
    /// <summary>True when <paramref name="e"/> means "no space left": ENOSPC or EDQUOT on Unix, disk full on Windows.</summary>
    public static bool Means(Exception e) => e is IOException io && (io.HResult is 28 or 122 || io.HResult == unchecked((int)0x80070070) || io.HResult == unchecked((int)0x80070027));
}
