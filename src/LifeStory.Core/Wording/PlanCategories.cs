using LifeStory.Cases.Model;

namespace LifeStory.Wording;

/// <summary>
/// A child protection plan's category as the record names it, and what it means in plain words: the child and their
/// parents are told what the worry is, never only a label ("category of plan" is jargon to them).
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

    /// <summary>For the parents' summary: what the plan is about, said to them plainly, without blame words.</summary>
    public static string ForParents(PlanCategory category, string child) => category switch
    {
        PlanCategory.Neglect => $"{child}'s everyday needs (food, warmth, health, school and being kept safe) have not been met well enough.",
        PlanCategory.PhysicalAbuse => $"{child} has been hurt, or could be hurt, in their body.",
        PlanCategory.EmotionalAbuse => $"{child}'s feelings are being harmed, for example by shouting, fighting at home, or being made to feel scared.",
        _ => $"{child} could be at risk of sexual harm.",
    };

    /// <summary>For the child's letter: what the plan is for, gently, without the label.</summary>
    public static string ForChild(PlanCategory category) => category switch
    {
        PlanCategory.Neglect => "to make sure you always have what you need: food, warm clothes, a clean home, getting to school and being kept safe",
        PlanCategory.PhysicalAbuse => "to make sure nobody hurts you",
        PlanCategory.EmotionalAbuse => "to make sure home feels calm and safe, and you are not scared",
        _ => "to make sure nobody touches you in a way that is not OK",
    };
}
