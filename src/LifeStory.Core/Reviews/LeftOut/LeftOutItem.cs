namespace LifeStory.Reviews.LeftOut;

/// <summary>
/// One thing a reader's version of a review letter does not print as the full record does, named for the IRO
/// (who may see everything): "Worry" — "Darren has not come to family time since last summer.".
/// </summary>
/// <param name="Kind">What sort of thing, in plain words: "Who came", "Worry", "Decision", "Score"…</param>
/// <param name="What">The thing itself, as the full record says it.</param>
public sealed record LeftOutItem(string Kind, string What);
