using System.Security.Cryptography;
using System.Text;

namespace LifeStory.Translations;

/// <summary>
/// A short fingerprint of an English text. A translation keeps the fingerprint of the English it translated, so
/// any later edit to the English (even one letter) shows the translation is out of date, without keeping a copy of
/// the old English in the case folder.
/// </summary>
public static class EnglishHash
{
    /// <summary>12 hex digits (48 bits) of SHA-256: short enough to read in a file, far too long to collide by chance.</summary>
    public static string Of(string english)
    {
        // Windows line endings and a trailing line break are how a file was saved, not what the English says.
        var normalised = english.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n');
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalised)))[..12];
    }
}
