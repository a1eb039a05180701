namespace LifeStory.Cases.Model;

/// <summary>Choices about how this child's book is written and looks.</summary>
public sealed record BookSettings(
    [Describe("The title on the cover. Leave out for \"<name>'s Story\".")] string? Title = null,
    [Describe("third_person (\"Amira was born…\") or you (\"You were born…\").")] BookVoice Voice = BookVoice.ThirdPerson,
    [Describe("The look the child chose: bright, calm, dyslexia_friendly (cream paper, Lexend) or teen.")] string? Theme = null,
    [Describe("The child's favourite animal or thing, drawn on the cover and the first page of each chapter: rabbit, football, dinosaur…")] string? FavouriteThing = null,
    [Describe("Who checked the book and when. Until this is filled in, every page says DRAFT.")] SignOff? SignOff = null)
{
    public static BookSettings Default { get; } = new();
}
