namespace LifeStory.Cases.Model;

/// <summary>
/// A letter for an adopted child to read as a teenager, from the social worker who knew them: the fuller story,
/// in plain words, with the facts a young person will want and the names they will need to find their records.
/// </summary>
public sealed record LaterLifeLetter(
    [Describe("The id of the person writing the letter, usually the child's social worker.")] string From,
    [Describe("The day the letter was written, as 2026-11-20.")] DateOnly Written,
    [Describe("The fuller story, in Markdown, written to the child as a teenager.")] string Markdown,
    [Describe("The age the letter is meant to be read at, such as 14.")] int? ReadAtAge = null);
