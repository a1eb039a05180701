namespace LifeStory.SampleArt.Painting;

/// <summary>
/// A tiny xorshift generator. We do not use System.Random because its seeded sequence is an
/// implementation detail of the runtime; the sample pictures must come out byte-identical on every run.
/// </summary>
public sealed class Rng(int seed)
{
    private ulong _state = 0x9E3779B97F4A7C15UL ^ ((ulong)(uint)seed * 0xBF58476D1CE4E5B9UL) | 1UL;

    public ulong NextULong()
    {
        _state ^= _state << 13;
        _state ^= _state >> 7;
        _state ^= _state << 17;
        return _state;
    }

    /// <summary>A float in [0, 1).</summary>
    public float Next() => (NextULong() >> 40) / (float)(1UL << 24);

    /// <summary>A float in [min, max).</summary>
    public float Range(float min, float max) => min + (max - min) * Next();

    public int Int(int maxExclusive) => (int)(NextULong() % (ulong)maxExclusive);

    /// <summary>Roughly bell-shaped in [-1, 1]: softer than uniform noise, like sensor grain.</summary>
    public float Bell() => Next() + Next() - 1f;

    public T Pick<T>(IReadOnlyList<T> items) => items[Int(items.Count)];
}
