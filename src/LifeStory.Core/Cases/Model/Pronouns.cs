namespace LifeStory.Cases.Model;

/// <summary>The words the child wants used about them.</summary>
public enum Pronouns
{
    [Describe("she / her")] She,
    [Describe("he / him")] He,
    [Describe("they / them")] They,
}
