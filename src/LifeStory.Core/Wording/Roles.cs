using LifeStory.Cases.Model;

namespace LifeStory.Wording;

/// <summary>Plain words for what each kind of grown-up does, as a child would understand it.</summary>
public static class Roles
{
    public static string Describe(PersonGroup group) => group switch
    {
        PersonGroup.BirthFamily => "birth family",
        PersonGroup.BrothersAndSisters => "brother or sister",
        PersonGroup.Carers => "foster carer",
        PersonGroup.AdoptiveFamily => "family",
        PersonGroup.SpecialGuardians => "special guardian, who is bringing you up",
        PersonGroup.SocialWorker => "social worker, who helps make sure you are safe and happy",
        PersonGroup.Iro => "Independent Reviewing Officer, who chairs your meetings and checks that plans for you happen",
        _ => "someone who matters to you",
    };

    /// <summary>The job title alone, for sentences that say the rest in their own voice ("I was your social worker").</summary>
    public static string Title(PersonGroup group) => group switch
    {
        PersonGroup.SocialWorker => "social worker",
        PersonGroup.Iro => "Independent Reviewing Officer",
        PersonGroup.Carers => "foster carer",
        PersonGroup.SpecialGuardians => "special guardian",
        _ => Describe(group),
    };

    public static string HomeKind(HomeKind kind) => kind switch
    {
        Cases.Model.HomeKind.BirthFamily => "living with birth family",
        Cases.Model.HomeKind.Foster => "a foster family's home",
        Cases.Model.HomeKind.Adoptive => "your forever family's home",
        Cases.Model.HomeKind.ChildrensHome => "a children's home",
        Cases.Model.HomeKind.SpecialGuardianship => "your special guardian's home",
        _ => "somewhere safe for a while",
    };
}
