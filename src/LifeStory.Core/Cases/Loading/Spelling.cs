namespace LifeStory.Cases.Loading;

/// <summary>Finds what someone probably meant when they mistype a field name, a choice or an id.</summary>
internal static class Spelling
{
    /// <summary>The closest candidate within a couple of typing slips (one for short words), or null when nothing is close.</summary>
    public static string? Closest(string typed, IEnumerable<string> candidates)
    {
        var allowed = Math.Clamp(typed.Length / 3, 1, 2);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(typed.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        return bestDistance <= allowed ? best : null;
    }

    /// <summary>Typing slips between two words (see <see cref="LifeStory.Documents.Text.TypingSlips"/>).</summary>
    public static int Distance(string a, string b) => LifeStory.Documents.Text.TypingSlips.Distance(a, b);
}
