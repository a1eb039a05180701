using System.Text.RegularExpressions;
using LifeStory.Documents.Markdown;
using LifeStory.Documents.Model;
using LifeStory.Documents.Pictures;
using LifeStory.Documents.Text;
using LifeStory.Documents.Themes;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace LifeStory.Documents.Rendering.Html;

/// <summary>
/// The accessible rendition of a document: one self-contained HTML5 page (fonts, pictures and style sheet
/// inside it, no script) with real headings, landmarks, alt text and tables, for screen readers and for
/// printing from a browser. It reads the same Markdown, with the same pipeline, as the PDF.
/// </summary>
public static partial class HtmlWriter
{
    /// <param name="markdown">The document's Markdown, as given to the PDF.</param>
    /// <param name="info">Its title (the page's <c>title</c>), author and subject.</param>
    /// <param name="theme">Colours, sizes, margins and paper for the style sheet.</param>
    /// <param name="pictures">Where pictures come from; only their re-encoded, metadata-free form is embedded.</param>
    /// <param name="language">
    /// The text's language as a BCP 47 tag, for <c>html lang</c>; when null, the document's own
    /// (<see cref="DocumentInfo.Language"/>), else English.
    /// </param>
    /// <param name="embedFonts">Embed the PDF's fonts so the page never depends on the reader's fonts.</param>
    /// <param name="otherLanguage">
    /// A language the text switches into (the child's first language): its runs and known paragraphs are marked
    /// with its tag. Runs in any other script than the page's are marked whether or not it is given.
    /// </param>
    public static string Write(string markdown, DocumentInfo info, Theme theme, IPictureSource pictures, string? language = null, bool embedFonts = true,
        OtherLanguage? otherLanguage = null)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        ArgumentNullException.ThrowIfNull(info);
        language ??= info.Language ?? "en";
        ArgumentNullException.ThrowIfNull(theme);
        ArgumentNullException.ThrowIfNull(pictures);
        if (!LanguageTag().IsMatch(language ?? ""))
            throw new ArgumentException($"'{language}' is not a language tag such as 'en' or 'en-GB'.", nameof(language));
        if (otherLanguage is not null && !LanguageTag().IsMatch(otherLanguage.Tag))
            throw new ArgumentException($"'{otherLanguage.Tag}' is not a language tag such as 'ar' or 'pl'.", nameof(otherLanguage));

        var fontFaces = embedFonts ? FontFaces(markdown, theme) : null;
        var css = ThemeCss.Write(theme, fontFaces);
        return HtmlPage.Compose(Body(markdown, pictures, new LanguageRuns(language!, otherLanguage)), info, css, language!);
    }

    /// <summary>
    /// Only the body's HTML for <paramref name="markdown"/>, read and cleaned exactly as <see cref="Write"/> does
    /// (HTML disabled, typed attributes dropped), for an editor's live preview of one part of a book.
    /// </summary>
    public static string WriteFragment(string markdown, IPictureSource pictures)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        ArgumentNullException.ThrowIfNull(pictures);
        return Body(markdown, pictures, new LanguageRuns("en", null));
    }

    private static string Body(string markdown, IPictureSource pictures, LanguageRuns languages)
    {
        MarkdownDocument document;
        try
        {
            document = Markdig.Markdown.Parse(markdown, MarkdownReader.Pipeline);
        }
        catch (ArgumentException)
        {
            // Nesting deeper than Markdig allows: print the text as typed, paragraph by paragraph, as the PDF does.
            return string.Concat(markdown.ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(paragraph => $"<p>{HtmlText.Encode(paragraph)}</p>\n"));
        }
        AttributeFilter.Clean(document);
        foreach (var quote in document.Descendants<Markdig.Syntax.QuoteBlock>()) quote.GetAttributes().AddClass("speech");
        // After the filter, which drops every typed property: this one comes from the case, not the text.
        foreach (var paragraph in document.Descendants<Markdig.Syntax.ParagraphBlock>())
            if (languages.PhraseLanguage(InlineMapper.PlainText(paragraph.Inline)) is { } tag) paragraph.GetAttributes().AddProperty("lang", tag);
        MarkParts(document, languages);
        var ids = new IdRegistry();
        var chapters = ChapterIds.Assign(document, ids);
        return BookHtmlRenderer.Render(document, new HtmlRenderContext(pictures, ids, chapters, languages));
    }

    /// <summary>
    /// A paragraph or heading in another script than the page's (Arabic in an English book, English in an Arabic
    /// one) says so itself, with <c>lang</c> for a screen reader's voice and <c>dir</c> for the browser's order
    /// and alignment; lists, quotes and table cells hold paragraphs, so their words are marked the same way.
    /// </summary>
    private static void MarkParts(MarkdownDocument document, LanguageRuns languages)
    {
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block is not (Markdig.Syntax.ParagraphBlock or Markdig.Syntax.HeadingBlock) || block.Inline is null) continue;
            if (languages.Part(InlineMapper.PlainText(block.Inline)) is not { } part) continue;
            // A list item's or table cell's only paragraph is written without a <p> of its own: the mark goes on
            // the item or the cell.
            var marked = block.Parent is ListItemBlock or Markdig.Extensions.Tables.TableCell && block.Parent.Count == 1 ? (Markdig.Syntax.Block)block.Parent : block;
            var attributes = marked.GetAttributes();
            if (attributes.Properties?.Any(p => p.Key == "lang") != true) attributes.AddProperty("lang", part.Language);
            attributes.AddProperty("dir", part.RightToLeft ? "rtl" : "ltr");
            languages.MarkPart(block, part);
        }
    }

    private static string FontFaces(string markdown, Theme theme)
    {
        var css = new System.Text.StringBuilder();
        FontFaceCss.Append(css, FontLibrary.For(theme.Fonts), markdown);
        return css.ToString();
    }

    [GeneratedRegex("^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$", RegexOptions.CultureInvariant)]
    private static partial Regex LanguageTag();
}
