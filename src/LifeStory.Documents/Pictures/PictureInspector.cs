using System.Globalization;
using System.Runtime.InteropServices;
using LifeStory.Documents.Files;
using SkiaSharp;

namespace LifeStory.Documents.Pictures;

/// <summary>
/// Looks at a picture file before anything is laid out, so a bad photo is reported against its line in the
/// case rather than failing half-way through a book. Reads the header for the size (a decompression bomb is
/// refused before any pixels exist), then finds files that were cut short or damaged while copying: JPEG,
/// PNG, HEIC and AVIF by walking their structure, other formats by decoding at the smallest scale they allow.
/// </summary>
public static class PictureInspector
{
    private const string CopyAgain = "Copy it again from the original; the copy may have stopped part way.";

    /// <param name="cacheFolder">
    /// The case's picture cache, where verdicts are remembered across runs while the file is unchanged; none
    /// remembers them for this process only.
    /// </param>
    public static PictureReport Inspect(string fullPath, string displayName, long maxPixels = 100_000_000, string? cacheFolder = null)
    {
        if (cacheFolder is null) return InspectInProcess(fullPath, displayName, maxPixels);
        var facts = PictureFacts.In(cacheFolder);
        // "check2": verdicts remembered before HEIC and AVIF were read said they could not be; they must not be trusted.
        var kind = string.Create(CultureInfo.InvariantCulture, $"check2|{maxPixels}|{displayName}");
        if (facts.Get(kind, fullPath) is { } known && System.Text.Json.JsonSerializer.Deserialize(known, ReportJson.Default.PictureReport) is { } remembered)
            return remembered;
        var report = InspectInProcess(fullPath, displayName, maxPixels);
        facts.Put(kind, fullPath, System.Text.Json.JsonSerializer.Serialize(report, ReportJson.Default.PictureReport));
        return report;
    }

    private static PictureReport InspectInProcess(string fullPath, string displayName, long maxPixels)
    {
        // Checking a picture means decoding it (at a small scale, to find a cut-short file). A file that has not
        // changed since it was last checked in this process is not checked again: regenerating after a text edit
        // must feel instant. The file's length and last write time stand for its content.
        var file = new FileInfo(fullPath);
        if (!file.Exists) return InspectUncached(fullPath, displayName, maxPixels);
        var key = (fullPath, displayName, maxPixels, file.Length, file.LastWriteTimeUtc);
        return Checked.GetOrAdd(key, k => InspectUncached(k.fullPath, k.displayName, k.maxPixels));
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string fullPath, string displayName, long maxPixels, long Length, DateTime Written), PictureReport> Checked = new();

    /// <summary>How many verdicts are remembered for files under <paramref name="prefix"/>.</summary>
    internal static int RememberedUnder(string prefix) => Checked.Keys.Count(k => k.fullPath.StartsWith(prefix, StringComparison.Ordinal));

    /// <summary>Drops the verdicts on files under <paramref name="prefix"/> (a folder path ending in a separator).</summary>
    internal static void ForgetUnder(string prefix)
    {
        foreach (var key in Checked.Keys.Where(k => k.fullPath.StartsWith(prefix, StringComparison.Ordinal)))
            Checked.TryRemove(key, out _);
    }

    private static PictureReport InspectUncached(string fullPath, string displayName, long maxPixels)
    {
        var name = $"'{displayName}'";
        try
        {
            var kind = RegularFile.KindOf(fullPath);
            if (kind == FileKind.Missing) return Bad($"{name} does not exist.", "Add the file or correct its name.");
            // Opening a pipe waits for ever: only ordinary files are opened.
            if (kind != FileKind.Regular)
                return Bad(kind == FileKind.Folder ? $"{name} is a folder, not a picture." : $"{name} is not an ordinary file (it is a pipe, a device or a socket).",
                    "Put the picture itself in the case folder and name that file.");
            if (new FileInfo(fullPath).Length == 0)
                return Bad($"{name} is empty (0 bytes).", "Copy the photo again from the phone or camera.");

            var header = PictureSniffer.ReadHeader(fullPath);
            int width, height;
            SKEncodedImageFormat encoded;
            Structure structure;
            using (var codec = SKCodec.Create(fullPath))
            {
                if (codec is null) return InspectIsoBmff(fullPath, name, displayName, header, maxPixels);
                var info = codec.Info;
                var swap = Orientation.SwapsAxes(codec.EncodedOrigin);
                (width, height) = swap ? (info.Height, info.Width) : (info.Width, info.Height);
                encoded = codec.EncodedFormat;
                if (TooLarge(name, width, height, maxPixels, encoded) is { } tooLarge) return tooLarge;
                structure = encoded is SKEncodedImageFormat.Jpeg or SKEncodedImageFormat.Png
                    ? WalkStructure(fullPath, encoded)
                    : DecodeSmallest(codec);
            }
            return Verdict(name, displayName, width, height, encoded, structure);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Bad($"{name} cannot be opened ({e.Message}).", "Check the file is not open in another program and that you may read it.");
        }
    }

    /// <summary>
    /// HEIC and AVIF, which Skia does not read: libvips reads the size from the header, and the file's boxes are
    /// walked to find one cut short (see <see cref="PictureStructure.IsoBmff"/>).
    /// </summary>
    private static PictureReport InspectIsoBmff(string fullPath, string name, string displayName, byte[] header, long maxPixels)
    {
        if (PictureSniffer.Signature(header) is not (SKEncodedImageFormat.Heif or SKEncodedImageFormat.Avif)) return Unreadable(name, header);
        var structure = WalkStructure(fullPath, SKEncodedImageFormat.Heif);
        if (PictureHeader.Read(fullPath) is not { } read)
        {
            return structure == Structure.CutShort ? Bad($"{name} is cut short (incomplete).", CopyAgain)
                : PictureSniffer.IsHeif(header) ? HeifUnreadable(name)
                : Bad($"{name} is damaged and cannot be read.", CopyAgain);
        }
        return TooLarge(name, read.Width, read.Height, maxPixels, read.Format)
            ?? Verdict(name, displayName, read.Width, read.Height, read.Format, structure);
    }

    private static PictureReport? TooLarge(string name, int width, int height, long maxPixels, SKEncodedImageFormat encoded)
    {
        if ((long)width * height <= maxPixels) return null;
        return Bad(string.Create(CultureInfo.InvariantCulture,
                $"{name} is {width:N0} × {height:N0} pixels, larger than the safe limit of {maxPixels / 1e6:0.#} megapixels."),
            "Save a smaller copy and use that instead.", width, height, FormatName(encoded));
    }

    private static string FormatName(SKEncodedImageFormat encoded) => PictureSniffer.Name(encoded) ?? encoded.ToString().ToUpperInvariant();

    private static PictureReport Verdict(string name, string displayName, int width, int height, SKEncodedImageFormat encoded, Structure structure)
    {
        var format = FormatName(encoded);
        if (structure == Structure.CutShort)
            return Bad($"{name} is cut short (incomplete).", CopyAgain, width, height, format);
        if (structure == Structure.Damaged)
            return Bad($"{name} is damaged and cannot be read.", CopyAgain, width, height, format);

        var extensions = PictureSniffer.Extensions(encoded);
        var extension = Path.GetExtension(displayName).ToLowerInvariant();
        if (extensions.Length > 0 && !extensions.Contains(extension))
        {
            return new PictureReport(true, width, height, format, $"{name} is really a {format}; rename it to {extensions[0]}.",
                "Use the new name wherever the file is named, too.");
        }
        return new PictureReport(true, width, height, format, null, null);
    }

    /// <summary>Why Skia could not even read the header: an iPhone photo, a cut-short picture, or not a picture at all.</summary>
    private static PictureReport Unreadable(string name, byte[] header)
    {
        return PictureSniffer.Signature(header) is null
            ? Bad($"{name} is not a picture.", "Use a photo or scan saved as JPEG, PNG, HEIC, AVIF, WebP, GIF or BMP.")
            : Bad($"{name} is cut short (incomplete).", CopyAgain);
    }

    /// <summary>An iPhone photo neither libvips nor Magick.NET can read: cut short, damaged, or coded in a way we do not know.</summary>
    private static PictureReport HeifUnreadable(string name) =>
        Bad($"{name} is an iPhone HEIC photo that could not be read.",
            "On the iPhone choose Settings › Camera › Formats › Most Compatible, or export it as JPEG, then replace the file.");

    /// <summary>
    /// JPEG and PNG, the pictures a book is made of, are checked without decoding (see <see cref="PictureStructure"/>).
    /// The file is mapped rather than read, so checking thirty camera photos at once holds no copies of them.
    /// </summary>
    private static unsafe Structure WalkStructure(string fullPath, SKEncodedImageFormat format)
    {
        var length = new FileInfo(fullPath).Length;
        using var mapped = System.IO.MemoryMappedFiles.MemoryMappedFile.CreateFromFile(fullPath, FileMode.Open, null, 0, System.IO.MemoryMappedFiles.MemoryMappedFileAccess.Read);
        using var view = mapped.CreateViewAccessor(0, length, System.IO.MemoryMappedFiles.MemoryMappedFileAccess.Read);
        byte* start = null;
        view.SafeMemoryMappedViewHandle.AcquirePointer(ref start);
        try
        {
            var bytes = new ReadOnlySpan<byte>(start + view.PointerOffset, checked((int)length));
            return format switch
            {
                SKEncodedImageFormat.Jpeg => PictureStructure.Jpeg(bytes),
                SKEncodedImageFormat.Png => PictureStructure.Png(bytes),
                _ => PictureStructure.IsoBmff(bytes),
            };
        }
        finally
        {
            view.SafeMemoryMappedViewHandle.ReleasePointer();
        }
    }

    /// <summary>
    /// The other formats (WebP, GIF, BMP) are decoded at the smallest scale they allow, by rows where they can.
    /// </summary>
    private static Structure DecodeSmallest(SKCodec codec) => Decode(codec) switch
    {
        SKCodecResult.Success => Structure.Whole,
        SKCodecResult.IncompleteInput => Structure.CutShort,
        _ => Structure.Damaged,
    };

    private static SKCodecResult Decode(SKCodec codec)
    {
        var size = codec.GetScaledDimensions(0.125f);
        var info = new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        if (codec.StartScanlineDecode(info) == SKCodecResult.Success)
        {
            var row = Marshal.AllocHGlobal(info.RowBytes);
            try
            {
                for (var y = 0; y < info.Height; y++)
                    if (codec.GetScanlines(row, 1, info.RowBytes) != 1) return SKCodecResult.IncompleteInput;
                return SKCodecResult.Success;
            }
            finally
            {
                Marshal.FreeHGlobal(row);
            }
        }
        using var bitmap = new SKBitmap(info);
        return codec.GetPixels(info, bitmap.GetPixels());
    }

    private static PictureReport Bad(string problem, string fix, int width = 0, int height = 0, string? format = null) =>
        new(false, width, height, format, problem, fix);
}

[System.Text.Json.Serialization.JsonSerializable(typeof(PictureReport))]
internal sealed partial class ReportJson : System.Text.Json.Serialization.JsonSerializerContext;
