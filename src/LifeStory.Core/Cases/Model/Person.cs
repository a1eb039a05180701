namespace LifeStory.Cases.Model;

/// <summary>Someone who matters in the child's life.</summary>
public sealed record Person(
    [Describe("A short id other parts of the case use to point at this person, such as mum or jo.")] string Id,
    [Describe("The person's name.")] string Name,
    [Describe("How this person is related to the child, in the child's words: \"my birth mum\", \"my foster carer\".")] string Relationship,
    [Describe("birth_family, brothers_and_sisters, carers, adoptive_family, special_guardians, social_worker, iro or others.")] PersonGroup Group,
    [Describe("What the child calls this person, if not their name: \"Nana\", \"Auntie Jo\".")] string? KnownAs = null,
    [Describe("The id of a photo of this person.")] string? Photo = null,
    [Describe("A few warm words about this person.")] string? About = null,
    [Describe("Readers who must never see this person at all: child, carers or parents.")] IReadOnlyList<Audience>? HiddenFrom = null,
    [Describe("A different name for a reader, without hiding the person: { parents: \"Ruby's mummy\" }.")] ShownAs? ShownAs = null,
    [Describe("When this person was born, if it matters to the story (a younger brother or sister): they are never listed in a home before it.")] PartialDate? Born = null,
    [Describe("When this person died, if they have: the book then speaks of them with care, in the past tense.")] PartialDate? Died = null,
    [Describe("Readers whose version prints only this person's first name. Leave out for the default: foster carers' and adopters' surnames are hidden from parents.")] IReadOnlyList<Audience>? SurnameHiddenFrom = null,
    [Describe("What this person needs to read what is written for them: [easy_read] makes the parents' letter easy read.")] IReadOnlyList<ReaderNeed>? Needs = null)
{
    public IReadOnlyList<Audience> HiddenFrom { get; init; } = HiddenFrom ?? [];

    public IReadOnlyList<ReaderNeed> Needs { get; init; } = Needs ?? [];

    /// <summary>This person reads easy read: their copy of a letter is the easy-read one.</summary>
    public bool NeedsEasyRead => Needs.Contains(ReaderNeed.EasyRead);

    /// <summary>The name to print: what the child calls them.</summary>
    public string ChildName => KnownAs ?? Name;
}
