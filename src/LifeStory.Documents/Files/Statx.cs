using System.Runtime.InteropServices;

namespace LifeStory.Documents.Files;

/// <summary>
/// Linux's statx(2), whose buffer has one layout on every architecture (unlike stat's), so the file type can be
/// read without opening the file: opening a pipe blocks until someone writes to it.
/// </summary>
internal static partial class Statx
{
    private const int CurrentFolder = -100; // AT_FDCWD
    private const uint TypeMask = 0x1; // STATX_TYPE
    private const int ModeOffset = 0x1C; // stx_mode, after stx_mask, stx_blksize, stx_attributes, stx_nlink, stx_uid, stx_gid
    private const int TypeBits = 0xF000; // S_IFMT
    private const int RegularBits = 0x8000; // S_IFREG
    private const int FolderBits = 0x4000; // S_IFDIR

    [LibraryImport("libc", EntryPoint = "statx", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Call(int folder, string path, int flags, uint mask, Span<byte> buffer);

    /// <summary>The kind of file at <paramref name="path"/>, links followed; null when statx is not available.</summary>
    public static FileKind? Kind(string path)
    {
        Span<byte> buffer = stackalloc byte[256];
        int result;
        try
        {
            result = Call(CurrentFolder, path, 0, TypeMask, buffer);
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return null;
        }
        if (result != 0) return FileKind.Missing;
        var mode = BitConverter.ToUInt16(buffer[ModeOffset..]) & TypeBits;
        return mode switch
        {
            RegularBits => FileKind.Regular,
            FolderBits => FileKind.Folder,
            _ => FileKind.Special,
        };
    }
}
