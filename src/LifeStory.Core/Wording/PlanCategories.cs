using LifeStory.Cases.Model;

namespace LifeStory.Wording;

/// <summary>
/// A child protection plan's category as the record names it. The child and their parents are told what the worry is
/// in plain words instead, never only a label ("category of plan" is jargon to them): those words are in the language
/// catalogues (conf_plan_for_child_neglect, conf_plan_for_parents_neglect, …), so a council can change them.
/// </summary>
public static class PlanCategories
{
    /// <summary>The name the record uses: "Neglect".</summary>
    public static string Title(PlanCategory category) => category switch
    {
        PlanCategory.Neglect => "Neglect",
        PlanCategory.PhysicalAbuse => "Physical abuse",
        PlanCategory.EmotionalAbuse => "Emotional abuse",
        _ => "Sexual abuse",
    };
}
