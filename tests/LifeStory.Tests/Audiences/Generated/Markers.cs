namespace LifeStory.Tests.Audiences.Generated;

/// <summary>
/// Unique words to plant in generated cases: each looks like a name ("Qvabcd"), so it passes through every stage as
/// text, and is unlike any word a template prints, so finding it in an output means that value got there.
/// </summary>
internal sealed class Markers(string prefix)
{
    private int _next;

    /// <summary>A capitalised marker, for names and words.</summary>
    public string Next()
    {
        var n = _next++;
        var letters = new char[5];
        for (var i = letters.Length - 1; i >= 0; i--) { letters[i] = (char)('a' + n % 26); n /= 26; }
        return prefix + new string(letters);
    }

    /// <summary>A lower-case marker, for ids.</summary>
    public string NextId() => "zid" + Next().ToLowerInvariant();
}
