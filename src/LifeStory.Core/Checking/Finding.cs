namespace LifeStory.Checking;

/// <summary>
/// One problem found in a case, a template or a picture. Errors are values until the edge: every stage
/// returns all its findings, and only the CLI turns them into text and an exit code.
/// </summary>
/// <param name="Code">A stable short code such as <c>unknown-key</c>, so tests and councils can filter.</param>
/// <param name="Field">The path of the field, as <c>people[2].group</c>; empty when the finding is about a whole file.</param>
/// <param name="Message">What is wrong, in plain words.</param>
/// <param name="Fix">How to put it right.</param>
public sealed record Finding(
    Severity Severity,
    string Code,
    SourceLocation? Location,
    string Field,
    string Message,
    string? Fix = null)
{
    public bool IsError => Severity == Severity.Error;

    /// <summary>"case.yaml:12:5: error: people[2].group: … Fix: …" — the form compilers use, so editors can jump to it.</summary>
    public override string ToString()
    {
        var where = Location is null ? "" : Location + ": ";
        var level = Severity switch { Severity.Error => "error", Severity.Note => "note", _ => "warning" };
        var field = Field.Length == 0 ? "" : Field + ": ";
        var fix = Fix is null ? "" : " " + Fix;
        return $"{where}{level}: {field}{Message}{fix}";
    }
}
