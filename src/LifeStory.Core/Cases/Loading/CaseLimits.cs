namespace LifeStory.Cases.Loading;

/// <summary>
/// Bounds on what a case.yaml may hold, checked while it is read. Case folders arrive by e-mail and on USB
/// sticks, and a council's server reads many of them: a small file must never be able to take the machine's
/// memory or stack. Each is far above anything a real case needs (the samples use under 1 % of each).
/// </summary>
public static class CaseLimits
{
    /// <summary>The largest case.yaml read, in bytes (a real case is 10–50 KB).</summary>
    public const long MaxFileBytes = 4 << 20;

    /// <summary>How deeply lists and fields may sit inside each other (a real case goes 6 deep).</summary>
    public const int MaxDepth = 64;

    /// <summary>
    /// How many values the file may stand for once every '*alias' is counted as a copy of what it names:
    /// a few lines of aliases of aliases can otherwise stand for a billion values ("billion laughs").
    /// </summary>
    public const int MaxValues = 200_000;

    /// <summary>The longest single value, in characters: a whole story section of about 300 pages.</summary>
    public const int MaxTextLength = 1 << 20;
}
