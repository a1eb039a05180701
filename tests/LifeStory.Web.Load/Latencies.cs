using System.Collections.Concurrent;
using System.Globalization;

namespace LifeStory.Web.Load;

/// <summary>Response times by kind of request, and the failures.</summary>
internal sealed class Latencies
{
    private readonly ConcurrentDictionary<string, ConcurrentBag<double>> _byKind = new();
    private int _errors;

    public int Errors => _errors;

    public void Add(string kind, double milliseconds) => _byKind.GetOrAdd(kind, _ => []).Add(milliseconds);

    public void Error() => Interlocked.Increment(ref _errors);

    public IEnumerable<string> Report()
    {
        yield return string.Create(CultureInfo.InvariantCulture, $"{"requests",-28} {"count",7} {"p50 ms",8} {"p95 ms",8} {"max ms",8}");
        foreach (var (kind, bag) in _byKind.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            var sorted = bag.Order().ToArray();
            yield return string.Create(CultureInfo.InvariantCulture,
                $"{kind,-28} {sorted.Length,7} {At(sorted, 0.50),8:F0} {At(sorted, 0.95),8:F0} {sorted[^1],8:F0}");
        }
    }

    private static double At(double[] sorted, double quantile) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(quantile * sorted.Length) - 1)];
}
