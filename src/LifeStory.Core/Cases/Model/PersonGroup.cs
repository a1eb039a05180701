namespace LifeStory.Cases.Model;

/// <summary>Where a person belongs in the child's life; drives the family pages and plain-words roles.</summary>
public enum PersonGroup
{
    [Describe("Birth mum, birth dad, grandparents, aunts, uncles and cousins.")] BirthFamily,
    [Describe("The child's brothers and sisters, wherever they live.")] BrothersAndSisters,
    [Describe("Foster carers and the people who live with them.")] Carers,
    [Describe("The child's adoptive family.")] AdoptiveFamily,
    [Describe("The child's special guardians (often a grandparent, aunt or uncle): a judge has said they bring the child up.")] SpecialGuardians,
    [Describe("The child's social worker.")] SocialWorker,
    [Describe("The Independent Reviewing Officer who chairs the child's meetings.")] Iro,
    [Describe("Anyone else who matters: teachers, friends, advocates, therapists.")] Others,
}
