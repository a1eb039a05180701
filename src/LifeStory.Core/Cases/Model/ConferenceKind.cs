namespace LifeStory.Cases.Model;

/// <summary>Whether a child protection conference is the first one or a later one that checks the plan.</summary>
public enum ConferenceKind
{
    [Describe("The first conference, after the checks the council made to see whether the child was safe.")] Initial,
    [Describe("A later conference that checks how the plan is working and whether it is still needed.")] Review,
}
