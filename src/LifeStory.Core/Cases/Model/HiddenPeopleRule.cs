namespace LifeStory.Cases.Model;

/// <summary>What a reader's version says where something points at a person hidden from that reader.</summary>
public enum HiddenPeopleRule
{
    [Describe("Say who they are in general words (\"a teacher\", \"a grown-up who looks after you\").")] Describe,
    [Describe("Leave out whatever depends on them: their score, a decision they will carry out, their name among who came.")] LeaveOut,
}
