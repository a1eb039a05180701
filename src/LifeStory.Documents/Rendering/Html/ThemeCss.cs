using System.Text;
using LifeStory.Documents.Themes;
using static LifeStory.Documents.Rendering.Html.CssValues;

namespace LifeStory.Documents.Rendering.Html;

/// <summary>
/// The page's style sheet from the theme: its paper, ink and accent colours, type sizes and margins, a
/// paper-like page on screen and the theme's paper size and margins in print.
/// </summary>
internal static class ThemeCss
{
    public static string Write(Theme theme, string? fontFaces)
    {
        var css = new StringBuilder();
        if (fontFaces is not null) css.Append(fontFaces);
        css.Append(":root { --paper: ").Append(Hex(theme.Paper)).Append("; --text: ").Append(Hex(theme.Text))
            .Append("; --accent: ").Append(Hex(theme.Accent)).Append("; --accent-soft: ").Append(Hex(theme.AccentSoft))
            .Append("; --warm: #FDEFDF; --warm-ink: #B35C00; --cool: #E3EEFA; --cool-ink: #2F5D8C; --gap: ").Append(Pt(theme.ParagraphSpacing)).Append("; }\n");
        css.Append("@page { size: ").Append(PageSize(theme.Page)).Append("; margin: ").Append(Pt(theme.Margin)).Append("; }\n");
        css.Append("html { background: var(--accent-soft); }\n");
        css.Append("body { margin: 0; color: var(--text); font-family: ").Append(FontFaceCss.Body).Append("; font-size: ")
            .Append(Pt(theme.BodySize)).Append("; line-height: ").Append(Number(theme.LineHeight))
            .Append("; -webkit-print-color-adjust: exact; print-color-adjust: exact; }\n");
        css.Append("main { box-sizing: border-box; max-width: ").Append(Pt(theme.Page.Width)).Append("; margin: 24px auto; padding: ")
            .Append(Pt(theme.Margin)).Append("; background: var(--paper); border-radius: 8px; box-shadow: 0 2px 14px rgba(0, 0, 0, 0.12); }\n");
        Headings(css, theme);
        css.Append(CssRules.Common);
        for (var step = 0; step <= 20; step++) css.Append(".scale-fill.s").Append(step).Append(" { width: ").Append(step * 5).Append("%; }\n");
        css.Append(CssRules.Print);
        return css.ToString();
    }

    private static void Headings(StringBuilder css, Theme theme)
    {
        css.Append("h1, h2, h3, h4, h5, h6 { font-family: ").Append(FontFaceCss.Heading)
            .Append("; font-weight: 600; color: var(--accent); line-height: 1.2; margin: 1.1em 0 0.45em; break-after: avoid; }\n");
        for (var level = 1; level <= 6; level++)
            css.Append('h').Append(level).Append(" { font-size: ").Append(Pt(theme.HeadingSize(level))).Append("; }\n");
        if (theme.NewPageForLevel1Headings)
            css.Append("h1 { break-before: page; margin-top: 0; }\nheader.cover h1 { break-before: auto; }\n");
        css.Append("header.cover h1 { font-size: ").Append(Pt(theme.HeadingSize(1) * 1.5f)).Append("; margin: 0.4em 0 0.6em; }\n");
    }
}
