namespace LifeStory.Documents.Model;

/// <summary>
/// Which link addresses may become links, in every rendition (the PDF, the HTML page): web and e-mail
/// addresses, telephone numbers and the document's own anchors. Anything else (<c>javascript:</c>,
/// <c>data:</c>, <c>file:</c>, <c>vbscript:</c>, UNC paths, the case's file paths) is printed as text.
/// </summary>
internal static class SafeUrl
{
    private static readonly string[] Schemes = ["https://", "http://", "mailto:", "tel:"];

    public static bool IsAllowed(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)) return false;
        var trimmed = url.Trim();
        if (trimmed.Any(char.IsControl)) return false;
        if (trimmed.StartsWith('#')) return trimmed.Length > 1;
        return Schemes.Any(scheme => trimmed.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) && trimmed.Length > scheme.Length);
    }
}
