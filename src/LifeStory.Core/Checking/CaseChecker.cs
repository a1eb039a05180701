using LifeStory.Cases.Loading;

namespace LifeStory.Checking;

/// <summary>
/// Checks a loaded case makes sense as a whole: dates, files, pictures, ids and the references between them.
/// Every check runs, so the social worker sees all the problems at once, each pointing at its line.
/// </summary>
public static class CaseChecker
{
    /// <param name="today">Passed in, not read from the clock, so results are the same in tests and on every machine.</param>
    /// <param name="printed">
    /// Which picture files (as case.yaml names them) the output will print, so only those are opened and decoded:
    /// a review letter shows a few faces, not the whole book's photos. Null means every picture (the book, and
    /// <c>check</c>).
    /// </param>
    public static IReadOnlyList<Finding> Check(LoadedCase loaded, DateOnly today, Func<string, bool>? printed = null)
    {
        var context = new CheckContext(loaded, today) { Printed = printed ?? (_ => true) };
        TextChecks.Run(context);
        IdChecks.Run(context);
        ReferenceChecks.Run(context);
        DateChecks.Run(context);
        ScoreChecks.Run(context);
        FileChecks.Run(context);
        PictureChecks.Run(context);
        return context.Findings;
    }
}
