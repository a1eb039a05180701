namespace LifeStory.Cases.Model;

/// <summary>Something a person needs to be able to read what is written for them.</summary>
public enum ReaderNeed
{
    [Describe("Easy read: one idea a line, short sentences, key words in bold, a picture beside each point, large print.")] EasyRead,
}
