namespace LifeStory.Cases.Model;

/// <summary>Age bands change how much we write and how the pages look.</summary>
public enum AgeBand
{
    [Describe("Birth to 4: read aloud by a carer; one idea and a big picture on each page.")] EarlyYears,
    [Describe("5 to 11: short sentences, lots of pictures.")] Primary,
    [Describe("12 and over: more detail and a less childish look.")] Teen,
}
