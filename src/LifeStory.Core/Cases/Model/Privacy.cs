namespace LifeStory.Cases.Model;

/// <summary>This case's choices about who sees what, on top of hidden_from and the council's defaults.</summary>
public sealed record Privacy(
    [Describe("describe (the default) or leave_out: what a version says where something points at a person hidden from its reader.")] HiddenPeopleRule HiddenPeople = HiddenPeopleRule.Describe,
    [Describe("Details normally hidden from birth parents that they may see in this case: carers_surnames, adopters_surnames, adopters_towns, adopters_schools.")] IReadOnlyList<ProtectedDetail>? ParentsMaySee = null)
{
    public IReadOnlyList<ProtectedDetail> ParentsMaySee { get; init; } = ParentsMaySee ?? [];

    public static Privacy Default { get; } = new();
}
