using LifeStory.Cases.Model;

namespace LifeStory.Checking;

/// <summary>Scaling questions are always 0 to 10, and the letter draws the scale that way: at reviews and conferences alike.</summary>
internal static class ScoreChecks
{
    public const int Lowest = 0;
    public const int Highest = 10;

    public static void Run(CheckContext context)
    {
        for (var r = 0; r < context.Case.Reviews.Count; r++) Check(context, $"reviews[{r}]", context.Case.Reviews[r].Scale);
        for (var c = 0; c < context.Case.Conferences.Count; c++) Check(context, $"conferences[{c}]", context.Case.Conferences[c].Scale);
    }

    private static void Check(CheckContext context, string path, IReadOnlyList<ScaleScore> scale)
    {
        for (var i = 0; i < scale.Count; i++)
        {
            if (scale[i].Score is >= Lowest and <= Highest) continue;
            context.Error("score-range", $"{path}.scale[{i}].score",
                $"{scale[i].Score} is outside the scale of {Lowest} to {Highest}.",
                $"Use a whole number from {Lowest} to {Highest}.");
        }
    }
}
