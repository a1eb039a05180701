namespace LifeStory.Cases.Model;

/// <summary>What kind of home a place was, told in the child's words by the templates.</summary>
public enum HomeKind
{
    [Describe("Living with birth family.")] BirthFamily,
    [Describe("A foster family's home.")] Foster,
    [Describe("The adoptive family's home.")] Adoptive,
    [Describe("A children's home.")] ChildrensHome,
    [Describe("The home of the child's special guardians: a judge has made a special guardianship order.")] SpecialGuardianship,
    [Describe("Hospital, a refuge, or anywhere else.")] Other,
}
