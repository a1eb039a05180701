using System.Security.Cryptography;
using System.Text.RegularExpressions;
using LifeStory.Documents.Pictures;
using LifeStory.Web.Storage;

namespace LifeStory.Web.Pictures;

/// <summary>One file as it came from the browser: the name on the person's device and its bytes.</summary>
public sealed record UploadedFile(string Name, byte[] Content);

/// <summary>An uploaded picture ready to store: its new id, its path in the case folder, and its bytes without metadata.</summary>
public sealed record AddedPicture(string Id, string Title, CaseFile File)
{
    /// <summary>What the audit trail keeps of it: the stored bytes' hash, never a name.</summary>
    public string Hash => Convert.ToHexStringLower(SHA256.HashData(File.Content));
}

/// <summary>What came of an upload: the pictures to add, or every file's problem (and nothing is added).</summary>
public sealed record UploadOutcome(IReadOnlyList<AddedPicture> Added, IReadOnlyList<string> Problems);

/// <summary>
/// Turns uploaded files into pictures of the case. Each file is looked at by the same inspector `lifestory check`
/// uses (so a bad file gets the CLI's words), then re-encoded by the engine without any metadata: a phone's HEIC or
/// AVIF becomes a JPEG, a WebP, GIF or BMP a PNG, so what is stored is exactly what the book would print.
/// </summary>
public static partial class PictureUpload
{
    public static UploadOutcome Prepare(IReadOnlyList<UploadedFile> files, PictureKind kind, IEnumerable<string> takenIds)
    {
        var taken = new HashSet<string>(takenIds, StringComparer.Ordinal);
        var added = new List<AddedPicture>();
        var problems = new List<string>();
        var folder = Path.Combine(Path.GetTempPath(), "lifestory-upload-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            foreach (var (file, number) in files.Select((f, i) => (f, i)))
            {
                var name = Path.GetFileName(file.Name.Replace('\\', '/'));
                var raw = Path.Combine(folder, $"{number}{Extension(name)}");
                File.WriteAllBytes(raw, file.Content);
                var report = PictureInspector.Inspect(raw, name);
                if (!report.Usable)
                {
                    problems.Add($"{report.Problem} {report.Fix}");
                    continue;
                }
                var id = UniqueId(Slug(Path.GetFileNameWithoutExtension(name), kind), taken);
                var path = $"{kind.Folder}/{id}{PictureCleaner.StoredExtension(report.Format)}";
                try
                {
                    added.Add(new AddedPicture(id, Title(Path.GetFileNameWithoutExtension(name), kind), new CaseFile(path, PictureCleaner.Clean(raw, file.Content, path))));
                }
                catch (InvalidDataException e)
                {
                    problems.Add($"'{name}' could not be read as a picture: {e.Message} Save it again as JPEG or PNG.");
                }
            }
        }
        finally
        {
            PictureCaches.ForgetFolder(folder);
            Directory.Delete(folder, recursive: true);
        }
        return problems.Count > 0 ? new UploadOutcome([], problems) : new UploadOutcome(added, []);
    }

    /// <summary>The inspector decides by content, not name; the name's extension is kept only so messages read naturally.</summary>
    private static string Extension(string name)
    {
        var extension = Path.GetExtension(name).ToLowerInvariant();
        return extension.Length is > 1 and <= 6 && extension[1..].All(char.IsAsciiLetterOrDigit) ? extension : ".bin";
    }

    /// <summary>An id from the file's name as case.yaml's ids are written: "IMG 2041 (1)" becomes "img-2041-1".</summary>
    public static string Slug(string name, PictureKind kind)
    {
        var slug = NotIdLike().Replace(name.ToLowerInvariant(), "-").Trim('-');
        if (slug.Length > 40) slug = slug[..40].TrimEnd('-');
        return slug.Length == 0 || !char.IsAsciiLetter(slug[0]) ? $"{kind.One}-{slug}".TrimEnd('-') : slug;
    }

    private static string UniqueId(string id, HashSet<string> taken)
    {
        var unique = id;
        for (var n = 2; !taken.Add(unique); n++) unique = $"{id}-{n}";
        return unique;
    }

    /// <summary>A drawing needs a title: its file's name in words until someone writes what the child called it.</summary>
    private static string Title(string name, PictureKind kind)
    {
        var words = NotWordLike().Replace(name, " ").Trim();
        return words.Length == 0 ? $"A {kind.One}" : char.ToUpperInvariant(words[0]) + words[1..];
    }

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NotIdLike();

    [GeneratedRegex(@"[\s_\-.]+")]
    private static partial Regex NotWordLike();
}
