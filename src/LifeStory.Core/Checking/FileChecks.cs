using LifeStory.Cases.Loading;

namespace LifeStory.Checking;

/// <summary>Every photo and drawing named in case.yaml is in the case folder, and nowhere else.</summary>
internal static class FileChecks
{
    public static void Run(CheckContext context)
    {
        for (var i = 0; i < context.Case.Photos.Count; i++)
            Check(context, $"photos[{i}].file", context.Case.Photos[i].File, "photos");
        for (var i = 0; i < context.Case.Drawings.Count; i++)
            Check(context, $"drawings[{i}].file", context.Case.Drawings[i].File, "drawings");
    }

    private static void Check(CheckContext context, string path, string file, string folder)
    {
        // A blank name is reported once, by the empty-text check.
        if (string.IsNullOrWhiteSpace(file)) return;
        if (file.Any(char.IsControl))
        {
            CaseFiles.TryResolve(context.Loaded.Folder, file, out _, out var named);
            context.Error("bad-file-name", path, named!, "Type the file name again in case.yaml: a hidden character (such as \\0 or a line break) came with it.");
            return;
        }
        if (!CaseFiles.TryResolve(context.Loaded.Folder, file, out var fullPath, out var problem))
        {
            context.Error("path-outside-case", path, problem!,
                $"Copy the file into the case folder's {folder}/ folder and write its name as {folder}/{Path.GetFileName(file)}.");
            return;
        }
        if (!File.Exists(fullPath))
        {
            context.Error("missing-file", path, $"'{file}' does not exist in the case folder.",
                $"Add the file to {folder}/ or correct the name.");
        }
    }
}
