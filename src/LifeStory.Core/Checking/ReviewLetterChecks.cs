namespace LifeStory.Checking;

/// <summary>
/// Parts of a review letter the case leaves with nothing to say. Each finding points at the review's own line in
/// case.yaml (its "- date:"), where the missing field belongs, never at the top of the file.
/// </summary>
internal static class ReviewLetterChecks
{
    public const string EmptySection = "letter-section-empty";

    public static void Run(CheckContext context)
    {
        for (var i = 0; i < context.Case.Reviews.Count; i++)
        {
            var review = context.Case.Reviews[i];
            // "What you told me" is the child's part of their own letter: it must say how their views were heard.
            if (!review.ChildCame && review.ViewsGathered is null && review.ChildSaid is null)
                context.Warning(EmptySection, $"reviews[{i}]",
                    $"The letter about the meeting on {review.Date:yyyy-MM-dd} has nothing under \"What you told me\": the child did not come, and the case does not say how their views were heard or what they said.",
                    "Add views_gathered: (\"I visited you at school before the meeting.\") and child_said: with their words.");
        }
    }
}
