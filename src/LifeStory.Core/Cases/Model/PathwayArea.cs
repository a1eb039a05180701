namespace LifeStory.Cases.Model;

/// <summary>The parts of life a pathway plan covers, in the order the plan prints them.</summary>
public enum PathwayArea
{
    [Describe("School, college, university or training.")] Education,
    [Describe("Jobs, apprenticeships and volunteering.")] Work,
    [Describe("Where the young person will live, now and after 18.")] Home,
    [Describe("Body and mind: doctors, dentists, counselling, feeling well.")] Health,
    [Describe("Money, bank accounts, benefits and budgeting.")] Money,
    [Describe("Family, friends and the people who matter.")] Relationships,
}
