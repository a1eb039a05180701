using LifeStory.Checking;

namespace LifeStory.Templating;

/// <summary>
/// A council-editable settings or word-list file (settings/review-timescales.yaml, words/jargon.yaml, …) that cannot
/// be read. It is thrown where the file is read, deep inside a check or a run, and becomes an ordinary error finding
/// at the edge (check, the CLI, a council's template trial), so a council's typo is reported with its file and line
/// like a mistake in a case, never as "something went wrong".
/// </summary>
public sealed class SettingsFileException(string file, long line, string problem)
    : Exception(line > 0 ? $"{file}:{line}: {problem}" : $"{file}: {problem}")
{
    public const string Code = "settings-unreadable";

    public string File { get; } = file;

    public int Line { get; } = (int)Math.Max(1, line);

    public string Problem { get; } = problem;

    public Finding ToFinding() => new(Severity.Error, Code, new SourceLocation(File, Line, 1), "", Problem,
        "Put it right, or take the file out of your templates folder to use the one LifeStory ships.");

    /// <summary>The YAML of a settings file; one that is not even YAML is reported at its line like any other mistake.</summary>
    public static YamlDotNet.RepresentationModel.YamlStream ReadYaml(string file)
    {
        var stream = new YamlDotNet.RepresentationModel.YamlStream();
        try
        {
            using var reader = new StreamReader(file);
            stream.Load(reader);
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            throw new SettingsFileException(file, e.Start.Line, "is not valid YAML: " + e.Message);
        }
        return stream;
    }
}
