namespace LifeStory.Cases.Model;

/// <summary>Choices about how this child's book is written and looks.</summary>
public sealed record BookSettings(
    [Describe("The title on the cover. Leave out for \"<name>'s Story\".")] string? Title = null,
    [Describe("third_person (\"Amira was born…\") or you (\"You were born…\").")] BookVoice Voice = BookVoice.ThirdPerson,
    [Describe("The theme the child chose.")] string? Theme = null)
{
    public static BookSettings Default { get; } = new();
}
