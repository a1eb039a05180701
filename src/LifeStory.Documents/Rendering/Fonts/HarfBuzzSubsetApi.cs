using System.Runtime.InteropServices;

namespace LifeStory.Documents.Rendering.Fonts;

/// <summary>
/// The few hb-subset entry points we need. HarfBuzzSharp wraps shaping but not subsetting, yet its native
/// library (libHarfBuzzSharp) is built with hb-subset and exports these functions, so we call them directly
/// on the same library HarfBuzzSharp already loaded.
/// </summary>
internal static partial class HarfBuzzSubsetApi
{
    private const string Library = "libHarfBuzzSharp";

    /// <summary>hb_subset_sets_t: which of the input's sets to fetch.</summary>
    public const int GlyphIndexSet = 0;
    public const int DropTableTagSet = 3;

    /// <summary>hb_subset_flags_t values (hb-subset.h).</summary>
    public const uint NoHinting = 0x01;
    public const uint RetainGids = 0x02;
    public const uint NotdefOutline = 0x40;
    public const uint NoLayoutClosure = 0x200;

    [LibraryImport(Library, EntryPoint = "hb_subset_input_create_or_fail")]
    public static partial IntPtr InputCreate();

    [LibraryImport(Library, EntryPoint = "hb_subset_input_destroy")]
    public static partial void InputDestroy(IntPtr input);

    /// <summary>The returned set belongs to the input: fill it, never destroy it.</summary>
    [LibraryImport(Library, EntryPoint = "hb_subset_input_set")]
    public static partial IntPtr InputSet(IntPtr input, int setType);

    [LibraryImport(Library, EntryPoint = "hb_subset_input_get_flags")]
    public static partial uint InputGetFlags(IntPtr input);

    [LibraryImport(Library, EntryPoint = "hb_subset_input_set_flags")]
    public static partial void InputSetFlags(IntPtr input, uint flags);

    [LibraryImport(Library, EntryPoint = "hb_set_add")]
    public static partial void SetAdd(IntPtr set, uint codepoint);

    /// <summary>A new face holding the subset, or null when subsetting failed.</summary>
    [LibraryImport(Library, EntryPoint = "hb_subset_or_fail")]
    public static partial IntPtr SubsetOrFail(IntPtr face, IntPtr input);

    [LibraryImport(Library, EntryPoint = "hb_face_destroy")]
    public static partial void FaceDestroy(IntPtr face);

    /// <summary>For a subset face this serialises its tables into one font file.</summary>
    [LibraryImport(Library, EntryPoint = "hb_face_reference_blob")]
    public static partial IntPtr FaceReferenceBlob(IntPtr face);

    [LibraryImport(Library, EntryPoint = "hb_blob_get_data")]
    public static partial IntPtr BlobGetData(IntPtr blob, out uint length);

    [LibraryImport(Library, EntryPoint = "hb_blob_destroy")]
    public static partial void BlobDestroy(IntPtr blob);
}
