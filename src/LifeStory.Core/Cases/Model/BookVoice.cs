namespace LifeStory.Cases.Model;

/// <summary>Whether the book talks about the child ("Amira was born…") or to them ("You were born…").</summary>
public enum BookVoice
{
    [Describe("\"Amira was born in…\"")] ThirdPerson,
    [Describe("\"You were born in…\"")] You,
}
