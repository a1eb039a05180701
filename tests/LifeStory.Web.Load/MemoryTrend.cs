using System.Globalization;

namespace LifeStory.Web.Load;

/// <summary>
/// Whether the server's memory is flat under load: the highest working set in each fifth of the run, and whether
/// the last fifth stays within 5% of the highest before it. A server whose caches are bounded grows while they fill
/// and then stops; one that leaks keeps climbing into the last fifth.
/// </summary>
internal static class MemoryTrend
{
    private const double Allowance = 1.05;

    public static IEnumerable<string> Report(IReadOnlyList<double> samples)
    {
        if (samples.Count < 10)
        {
            yield return "memory trend: too short a run to tell (fewer than 10 samples)";
            yield break;
        }
        var fifths = Enumerable.Range(0, 5)
            .Select(i => samples.Skip(i * samples.Count / 5).Take((i + 1) * samples.Count / 5 - i * samples.Count / 5).Max())
            .ToList();
        yield return "memory by fifth of the run (highest working set): "
            + string.Join(", ", fifths.Select(m => m.ToString("F0", CultureInfo.InvariantCulture) + " MB"));
        var before = fifths.Take(4).Max();
        var last = fifths[4];
        yield return last <= before * Allowance
            ? string.Create(CultureInfo.InvariantCulture, $"memory flat: the last fifth's {last:F0} MB is within 5% of the highest before it ({before:F0} MB)")
            : string.Create(CultureInfo.InvariantCulture, $"memory still growing: the last fifth reached {last:F0} MB, over 5% above the highest before it ({before:F0} MB)");
    }
}
