namespace LifeStory.Cases.Model;

/// <summary>The parts of a Words and Pictures explanation, in the order the practice model tells them.</summary>
public enum WordsAndPicturesPart
{
    [Describe("Who is worried: the people who became worried about the child.")] WhoIsWorried,
    [Describe("What they were worried about.")] WhatTheyWereWorriedAbout,
    [Describe("What happened then.")] WhatHappenedThen,
    [Describe("What the grown-ups are doing about the worries now.")] WhatTheGrownUpsAreDoing,
}
