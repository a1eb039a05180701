using LifeStory.Cases.Loading;
using LifeStory.Checking;

namespace LifeStory.Cases.Scaffold;

/// <summary>Starts a new case folder: a commented example case.yaml and empty photos/ and drawings/ folders.</summary>
public static class CaseScaffold
{
    public static IReadOnlyList<Finding> Create(string folder)
    {
        var caseFile = Path.Combine(folder, CaseLoader.CaseFileName);
        if (File.Exists(caseFile))
        {
            // Never overwrite: a case.yaml may hold months of a social worker's writing.
            return [new Finding(Severity.Error, "case-exists", null, "",
                $"'{folder}' already has a {CaseLoader.CaseFileName}, so nothing was written.",
                "Choose a new folder name, or edit the case.yaml that is there.")];
        }

        try
        {
            Directory.CreateDirectory(folder);
            Directory.CreateDirectory(Path.Combine(folder, "photos"));
            Directory.CreateDirectory(Path.Combine(folder, "drawings"));
            // CreateNew, so a file that appears between the check and the write is still never overwritten.
            using var stream = new FileStream(caseFile, FileMode.CreateNew, FileAccess.Write);
            using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            writer.Write(ScaffoldText.CaseYaml.ReplaceLineEndings("\n") + "\n");
            return [];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [new Finding(Severity.Error, "cannot-write", null, "",
                $"The case folder '{folder}' could not be made: {e.Message}",
                "Check the folder name and that you are allowed to write there.")];
        }
    }
}
