namespace LifeStory.Cases.Model;

/// <summary>
/// Who checked the book, and when. Practice asks for a second person to read a life-story book before a child
/// gets it; until this is filled in, every page says "DRAFT".
/// </summary>
public sealed record SignOff(
    [Describe("The name and role of the person who checked the book: \"Ruth Adams, team manager\".")] string CheckedBy,
    [Describe("The day they checked it, as 2026-11-20.")] DateOnly Date);
