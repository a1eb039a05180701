using System.Security.Cryptography;
using System.Text;
using LifeStory.Documents.Model;

namespace LifeStory.Documents.Rendering.Html;

/// <summary>
/// The complete HTML5 document around the rendered body. A content security policy allows only the page's own
/// style sheet and data-URI pictures and fonts: no script, no frames, nothing fetched from anywhere.
/// </summary>
internal static class HtmlPage
{
    private static readonly string[] RightToLeft = ["ar", "arc", "ckb", "dv", "fa", "he", "ps", "sd", "ug", "ur", "yi"];

    public static string Compose(string body, DocumentInfo info, string css, string language)
    {
        var styleHash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(css)));
        var primary = language.Split('-')[0].ToLowerInvariant();
        var page = new StringBuilder(body.Length + css.Length + 1024);
        page.Append("<!DOCTYPE html>\n<html lang=\"").Append(HtmlText.Encode(language)).Append('"');
        if (info.RightToLeft || RightToLeft.Contains(primary)) page.Append(" dir=\"rtl\"");
        page.Append(">\n<head>\n<meta charset=\"utf-8\">\n");
        page.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        page.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; font-src data:; style-src 'sha256-")
            .Append(styleHash).Append("'; base-uri 'none'; form-action 'none'\">\n");
        page.Append("<title>").Append(HtmlText.Encode(info.Title)).Append("</title>\n");
        Meta(page, "author", info.Author);
        Meta(page, "description", info.Subject);
        Meta(page, "generator", info.Creator);
        page.Append("<style>").Append(css).Append("</style>\n</head>\n<body>\n<main>\n");
        // A draft says so at the top of the page, as every printed page does.
        if (info.Watermark is { } draft)
            page.Append("<p class=\"draft\" role=\"note\">").Append(HtmlText.Encode(draft)).Append("</p>\n");
        page.Append(body);
        if (body.Length > 0 && body[^1] != '\n') page.Append('\n');
        page.Append("</main>\n</body>\n</html>\n");
        return page.ToString();
    }

    private static void Meta(StringBuilder page, string name, string? content)
    {
        if (string.IsNullOrWhiteSpace(content)) return;
        page.Append("<meta name=\"").Append(name).Append("\" content=\"").Append(HtmlText.Encode(content)).Append("\">\n");
    }
}
