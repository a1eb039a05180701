namespace LifeStory.Cases.Model;

/// <summary>Who a version of an output is written for. A field can be hidden from any of the first three.</summary>
public enum Audience
{
    [Describe("The child the book or letter is written to.")] Child,
    [Describe("The foster carers, adopters or residential staff who look after the child.")] Carers,
    [Describe("The child's birth parents.")] Parents,
    [Describe("The full professional record kept on the child's file. Nothing is hidden from it.")] Record,
}
