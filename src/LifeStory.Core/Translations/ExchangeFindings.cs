using LifeStory.Checking;

namespace LifeStory.Translations;

/// <summary>How problems in a translation file read: the file, its line, the unit, and the fix.</summary>
internal static class ExchangeFindings
{
    public static Finding Error(string file, int line, int column, string field, string message, string fix) =>
        new(Severity.Error, "translation-import", new SourceLocation(file, Math.Max(line, 1), Math.Max(column, 1)), field, message, fix);

    public static Finding Warning(string file, int line, string field, string message, string fix) =>
        new(Severity.Warning, "translation-import", new SourceLocation(file, Math.Max(line, 1), 1), field, message, fix);
}
