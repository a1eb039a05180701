using LifeStory.Cases.Model;

namespace LifeStory.Reviews.LeftOut;

/// <summary>What one reader's version of a review letter leaves out or says another way, in the letter's order.</summary>
public sealed record ReaderLeftOut(Audience Reader, IReadOnlyList<LeftOutItem> Items)
{
    public bool NothingLeftOut => Items.Count == 0;
}
