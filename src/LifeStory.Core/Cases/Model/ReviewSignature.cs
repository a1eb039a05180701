namespace LifeStory.Cases.Model;

/// <summary>
/// The IRO's signature on a review's record. The first signature makes the record final; each correction after that
/// is signed again and says what changed, so every reader can be told which version they hold.
/// </summary>
public sealed record ReviewSignature(
    [Describe("The id of the person who signed (the IRO).")] string By,
    [Describe("The day they signed, as 2026-09-18.")] DateOnly Date,
    [Describe("For a correction: what changed since the signature before, in plain words.")] string? Changed = null);
