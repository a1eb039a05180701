namespace LifeStory.Cases.Model;

/// <summary>
/// Something in a child's life that a council's list of support organisations (settings/support.yaml) has help for.
/// The book offers only the help the case says fits: none is guessed.
/// </summary>
public enum Situation
{
    [Describe("Someone close to the child has died.")] Bereavement,
    [Describe("The child's mum, dad or someone close is in prison.")] ParentInPrison,
    [Describe("The child came to this country alone and is asking to stay safe here (seeking asylum).")] SeekingAsylum,
}
