namespace LifeStory.Cases.Model;

/// <summary>
/// The category a child protection plan is made under. The record names it; the child's and parents' versions say
/// what it means in plain words (Wording/PlanCategories).
/// </summary>
public enum PlanCategory
{
    [Describe("The child's needs for food, care, safety, health or school were not being met.")] Neglect,
    [Describe("The child was hurt, or at risk of being hurt, in their body.")] PhysicalAbuse,
    [Describe("The child's feelings were being harmed, for example by shouting, fighting at home or being made to feel scared or unloved.")] EmotionalAbuse,
    [Describe("The child was at risk of sexual harm.")] SexualAbuse,
}
