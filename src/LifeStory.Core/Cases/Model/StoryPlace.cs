namespace LifeStory.Cases.Model;

/// <summary>
/// Where a part of the story goes in the book, which follows practice guidance: present, then past, then
/// present again.
/// </summary>
public enum StoryPlace
{
    [Describe("Why the child could not stay with their birth family, told honestly and gently. After \"My birth family\".")] WhyICouldNotStay,
    [Describe("Family time with the people who matter. After the homes the child has lived in.")] FamilyTime,
    [Describe("The child's family now and their future. Near the end, before the child's own pages.")] MyFuture,
    [Describe("Anything else, after \"Why I could not stay\".")] MyStory,
}
