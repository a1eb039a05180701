namespace LifeStory.Cases.Model;

/// <summary>One person's answer on the meeting's 0 to 10 scale.</summary>
public sealed record ScaleScore(
    [Describe("The id of the person who gave the score (or child).")] string Person,
    [Describe("A whole number from 0 to 10.")] int Score);
