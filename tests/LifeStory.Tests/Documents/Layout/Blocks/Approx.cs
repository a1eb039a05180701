namespace LifeStory.Tests.Documents.Layout.Blocks;

/// <summary>Float comparisons within an absolute tolerance, with the values in the failure message.</summary>
internal static class Approx
{
    public static void Equal(float expected, float actual, float tolerance = 0.01f, string? what = null) =>
        Assert.True(Math.Abs(expected - actual) <= tolerance,
            $"{what ?? "Value"}: expected {expected} ± {tolerance}, got {actual}.");
}
