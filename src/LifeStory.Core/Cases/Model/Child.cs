namespace LifeStory.Cases.Model;

/// <summary>The child the book and letters are for.</summary>
public sealed record Child(
    [Describe("The child's full legal name, as on official papers. Used only in the professional record.")] string LegalName,
    [Describe("The name the child likes to be called. Every page uses this name.")] string PreferredName,
    [Describe("Date of birth, as 2018-05-14.")] DateOnly DateOfBirth,
    [Describe("she, he or they.")] Pronouns Pronouns,
    [Describe("The language the child first spoke, such as English or Arabic.")] string FirstLanguage,
    [Describe("Overrides the age band worked out from the date of birth: early_years, primary or teen.")] AgeBand? AgeBand = null,
    [Describe("The child's name written in their first language's script, if it is not English.")] string? NameInFirstLanguage = null,
    [Describe("The id of the photo the child chose for the cover.")] string? CoverPhoto = null,
    [Describe("The child's favourite colour, used for the cover.")] string? FavouriteColour = null,
    [Describe("Things in the child's life the book offers help with: bereavement, parent_in_prison, seeking_asylum. Someone in people: who has died adds bereavement by itself.")] IReadOnlyList<Situation>? Situations = null,
    [Describe("The day the child became looked after, as 2021-03-12. Review dates are worked out from it.")] DateOnly? LookedAfterSince = null)
{
    public IReadOnlyList<Situation> Situations { get; init; } = Situations ?? [];
}
