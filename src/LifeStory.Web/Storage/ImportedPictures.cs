using System.Text;
using System.Text.RegularExpressions;
using LifeStory.Documents.Pictures;

namespace LifeStory.Web.Storage;

/// <summary>
/// Stores the pictures of an imported case folder as the photo page stores uploads: JPEG or PNG with nothing but
/// pixels. A phone's HEIC carries where and when it was taken and cannot simply be cleaned in its own container, so
/// it becomes a JPEG (a WebP, GIF or BMP a PNG) beside its old name, and case.yaml's references follow the new name.
/// JPEG and PNG keep their names, and stay byte for byte when already clean, so an exported case imports back as it was.
/// </summary>
public static class ImportedPictures
{
    private static readonly HashSet<string> Kept = [".jpg", ".jpeg", ".png"];
    private static readonly HashSet<string> Converted = [".heic", ".heif", ".avif", ".webp", ".gif", ".bmp"];

    public static bool IsPicture(string path) => Kept.Contains(Extension(path)) || Converted.Contains(Extension(path));

    /// <summary>The folder with its pictures cleaned, or the refusal that names the file which is not a picture.</summary>
    /// <param name="caseFolder">Where the same contents are written on disk, so the engine can decode them.</param>
    public static (CaseFolderContents? Contents, string? Refusal) Clean(CaseFolderContents contents, string caseFolder)
    {
        var taken = contents.Files.Select(f => f.Path).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var files = new List<CaseFile>();
        var renamed = new List<(string From, string To)>();
        foreach (var file in contents.Files)
        {
            if (!IsPicture(file.Path))
            {
                files.Add(file);
                continue;
            }
            var fullPath = Path.Combine(caseFolder, file.Path);
            try
            {
                if (Kept.Contains(Extension(file.Path)))
                {
                    files.Add(file with { Content = PictureCleaner.Clean(fullPath, file.Content) });
                    continue;
                }
                var report = PictureInspector.Inspect(fullPath, file.Path);
                if (!report.Usable) return (null, $"{report.Problem} {report.Fix}");
                var newPath = Unique(Path.ChangeExtension(file.Path, PictureCleaner.StoredExtension(report.Format)), taken);
                files.Add(new CaseFile(newPath, PictureCleaner.Clean(fullPath, file.Content, newPath)));
                renamed.Add((file.Path, newPath));
            }
            catch (InvalidDataException)
            {
                return (null, $"'{file.Path}' is named as a picture but cannot be read as one. Remove it from the folder or save it again as JPEG or PNG.");
            }
        }
        if (renamed.Count > 0 && files.FindIndex(f => f.Path == "case.yaml") is var at and >= 0)
            files[at] = files[at] with { Content = Encoding.UTF8.GetBytes(Follow(Encoding.UTF8.GetString(files[at].Content), renamed)) };
        return (new CaseFolderContents(files), null);
    }

    /// <summary>Each reference to a renamed picture, as a whole YAML value (plain or quoted), now names the new file.</summary>
    private static string Follow(string yaml, IEnumerable<(string From, string To)> renamed) =>
        renamed.Aggregate(yaml, (text, r) => Regex.Replace(text, $@"(?<=^|[\s:\[,'""]){Regex.Escape(r.From)}(?=$|[\s\],'""#])", r.To.Replace("$", "$$", StringComparison.Ordinal), RegexOptions.Multiline));

    private static string Unique(string path, HashSet<string> taken)
    {
        var unique = path;
        var stem = Path.ChangeExtension(path, null);
        for (var n = 2; !taken.Add(unique); n++) unique = $"{stem}-{n}{Path.GetExtension(path)}";
        return unique;
    }

    private static string Extension(string path) => Path.GetExtension(path).ToLowerInvariant();
}
