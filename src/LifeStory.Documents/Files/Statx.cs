using System.Runtime.InteropServices;
using System.Text;

namespace LifeStory.Documents.Files;

/// <summary>
/// Linux's statx(2), whose buffer has one layout on every architecture (unlike stat's), so the file type can be
/// read without opening the file: opening a pipe blocks until someone writes to it.
/// </summary>
internal static unsafe class Statx
{
    private const int CurrentFolder = -100; // AT_FDCWD
    private const uint TypeMask = 0x1; // STATX_TYPE
    private const int ModeOffset = 0x1C; // stx_mode, after stx_mask, stx_blksize, stx_attributes, stx_nlink, stx_uid, stx_gid
    private const int TypeBits = 0xF000; // S_IFMT
    private const int RegularBits = 0x8000; // S_IFREG
    private const int FolderBits = 0x4000; // S_IFDIR

    /// <summary>
    /// Found by its real file name first: "libc" alone can resolve to libc.so, which on Debian is a linker script
    /// (and absent without the -dev package).
    /// </summary>
    private static readonly delegate* unmanaged<int, byte*, int, uint, byte*, int> Function = Find();

    /// <summary>The kind of file at <paramref name="path"/>, links followed; null when statx is not available.</summary>
    public static FileKind? Kind(string path)
    {
        if (Function == null) return null;
        var name = Encoding.UTF8.GetBytes(path + "\0");
        var buffer = stackalloc byte[256];
        int result;
        fixed (byte* pointer = name) result = Function(CurrentFolder, pointer, 0, TypeMask, buffer);
        if (result != 0) return FileKind.Missing;
        return (*(ushort*)(buffer + ModeOffset) & TypeBits) switch
        {
            RegularBits => FileKind.Regular,
            FolderBits => FileKind.Folder,
            _ => FileKind.Special,
        };
    }

    private static delegate* unmanaged<int, byte*, int, uint, byte*, int> Find()
    {
        foreach (var library in new[] { "libc.so.6", "libc" })
        {
            if (NativeLibrary.TryLoad(library, out var handle) && NativeLibrary.TryGetExport(handle, "statx", out var export))
                return (delegate* unmanaged<int, byte*, int, uint, byte*, int>)export;
        }
        return null;
    }
}
