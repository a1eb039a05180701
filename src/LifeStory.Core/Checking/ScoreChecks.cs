namespace LifeStory.Checking;

/// <summary>Scaling questions are always 0 to 10, and the letter draws the scale that way.</summary>
internal static class ScoreChecks
{
    public const int Lowest = 0;
    public const int Highest = 10;

    public static void Run(CheckContext context)
    {
        for (var r = 0; r < context.Case.Reviews.Count; r++)
        {
            var scale = context.Case.Reviews[r].Scale;
            for (var i = 0; i < scale.Count; i++)
            {
                if (scale[i].Score is >= Lowest and <= Highest) continue;
                context.Error("score-range", $"reviews[{r}].scale[{i}].score",
                    $"{scale[i].Score} is outside the scale of {Lowest} to {Highest}.",
                    $"Use a whole number from {Lowest} to {Highest}.");
            }
        }
    }
}
