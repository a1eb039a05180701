using System.IO.Compression;
using System.Text;
using LifeStory.Web.Storage;

namespace LifeStory.Web.CouncilTemplates;

/// <summary>
/// A council's templates folder as a zip, read with tight bounds: only the kinds of file the engine reads from a
/// templates folder (.sbn templates and the .yaml word lists and settings), only in the folders it reads them from,
/// small, UTF-8 text. Anything else is refused by name, so a council is never surprised by a file quietly ignored.
/// </summary>
public static class TemplateZip
{
    public const int MaxFiles = 300;
    public const int MaxFileBytes = 256 * 1024;

    /// <summary>The folders of a templates folder the engine reads, as in templates/README.md.</summary>
    public static IReadOnlyList<string> Folders { get; } = ["book", "minutes", "letter", "shared", "words", "settings", "languages"];

    public static (IReadOnlyList<CaseFile>? Files, string? Problem) Read(Stream zip)
    {
        ZipArchive archive;
        try { archive = new ZipArchive(zip, ZipArchiveMode.Read, leaveOpen: true); }
        catch (Exception e) when (e is InvalidDataException or IOException or ArgumentException or NotSupportedException)
        {
            return (null, "This file is not a zip file. Zip the templates folder (the folder holding book/, minutes/…) and upload that.");
        }
        using (archive)
        {
            var entries = archive.Entries.Where(e => !e.FullName.EndsWith('/')).ToList();
            if (entries.Count > MaxFiles) return (null, $"The zip holds {entries.Count} files; a templates folder has at most {MaxFiles}.");
            var prefix = CommonFolder(entries.Select(e => e.FullName.Replace('\\', '/')).ToList());
            var files = new List<CaseFile>();
            foreach (var entry in entries)
            {
                var path = entry.FullName.Replace('\\', '/')[prefix.Length..];
                if (Problem(path) is { } problem) return (null, problem);
                if (entry.Length > MaxFileBytes) return (null, $"'{path}' is larger than {MaxFileBytes / 1024} KB; a template is a page of text.");
                byte[] content;
                try { content = ReadBounded(entry); }
                catch (Exception e) when (e is InvalidDataException or IOException) { return (null, $"'{path}' in the zip is damaged. Make the zip again."); }
                if (!IsUtf8(content)) return (null, $"'{path}' is not UTF-8 text. Save it as UTF-8 in your editor and zip the folder again.");
                files.Add(new CaseFile(path, content));
            }
            if (files.Count == 0) return (null, "The zip holds no templates. Zip the templates folder (the folder holding book/, minutes/…).");
            return (files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList(), null);
        }
    }

    /// <summary>Why a path cannot be in a templates folder, or null when it can.</summary>
    public static string? Problem(string path)
    {
        var parts = path.Split('/');
        if (parts.Any(p => p is "" or "." or ".." || p.StartsWith('.')) || parts.Length < 2)
            return $"'{Printable(path)}' is not inside one of the template folders ({string.Join(", ", Folders.Select(f => f + "/"))}). Zip the templates folder itself.";
        if (!Folders.Contains(parts[0]))
            return $"'{Printable(path)}' is in a folder the engine does not read templates from. Use {string.Join(", ", Folders.Select(f => f + "/"))}.";
        if (parts.Any(p => !p.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')))
            return $"'{Printable(path)}' has characters a template's name cannot have. Use letters, digits, '-' and '_'.";
        var extension = Path.GetExtension(path);
        if (extension is not (".sbn" or ".yaml"))
            return $"'{Printable(path)}' is not a template (.sbn) or a word list or setting (.yaml). Take it out of the folder.";
        return null;
    }

    public static byte[] Write(IReadOnlyList<CaseFile> files) => CaseZip.Write(new CaseFolderContents(files));

    /// <summary>Zips made by "compress folder" hold the folder itself: its name is not part of the template's path.</summary>
    private static string CommonFolder(IReadOnlyList<string> paths)
    {
        if (paths.Count == 0 || paths.Any(p => !p.Contains('/'))) return "";
        var first = paths[0][..(paths[0].IndexOf('/') + 1)];
        return !Folders.Contains(first.TrimEnd('/')) && paths.All(p => p.StartsWith(first, StringComparison.Ordinal)) ? first : "";
    }

    private static byte[] ReadBounded(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk)) > 0)
        {
            // The size the zip claims can lie: count what actually comes out.
            if (buffer.Length + read > MaxFileBytes) throw new InvalidDataException();
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static bool IsUtf8(byte[] content)
    {
        try { _ = new UTF8Encoding(false, true).GetString(content); return true; }
        catch (DecoderFallbackException) { return false; }
    }

    private static string Printable(string path) => new(path.Select(c => char.IsControl(c) ? '?' : c).Take(120).ToArray());
}
