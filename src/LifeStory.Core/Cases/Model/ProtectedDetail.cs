namespace LifeStory.Cases.Model;

/// <summary>
/// Details that would tell birth parents where a child lives now. Each is hidden from parents by default (the
/// council's settings say which); a case can share one under privacy: parents_may_see.
/// </summary>
public enum ProtectedDetail
{
    [Describe("Foster carers' surnames.")] CarersSurnames,
    [Describe("Adopters' and prospective adopters' surnames.")] AdoptersSurnames,
    [Describe("The town of an adoptive home.")] AdoptersTowns,
    [Describe("Schools the child has gone to while living with adopters.")] AdoptersSchools,
}
