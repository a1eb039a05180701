using LifeStory.Documents.Pictures;
using LifeStory.Documents.Text;
using LifeStory.Documents.Themes;

namespace LifeStory.Documents.Layout;

/// <summary>What every block layout needs: the theme, fonts, pictures, the page's content area, and a list to report problems to.</summary>
internal sealed class LayoutContext(Theme theme, FontLibrary fonts, IPictureSource pictures)
{
    public Theme Theme { get; } = theme;
    public FontLibrary Fonts { get; } = fonts;
    public IPictureSource Pictures { get; } = pictures;
    public List<string> Problems { get; private init; } = [];

    /// <summary>The pages read right to left: every block is laid out as if left to right, then each page is mirrored.</summary>
    public bool RightToLeft { get; init; }

    /// <summary>The document's chapters (level-1 headings) in order with their anchors, for the contents page.</summary>
    public IReadOnlyList<(Model.HeadingBlock Heading, string Anchor)> Sections
    {
        get => _sections;
        init
        {
            _sections = value;
            _anchors = new Dictionary<object, string>(ReferenceEqualityComparer.Instance);
            foreach (var (heading, anchor) in value) _anchors[heading] = anchor;
        }
    }

    /// <summary>Each chapter's page number from the first layout pass; null during that pass.</summary>
    public IReadOnlyDictionary<string, int>? SectionPages { get; init; }

    private readonly IReadOnlyList<(Model.HeadingBlock Heading, string Anchor)> _sections = [];
    private readonly Dictionary<object, string> _anchors = new(ReferenceEqualityComparer.Instance);


    /// <summary>The anchor of a chapter heading (found by reference: two equal headings are still two chapters).</summary>
    public string? AnchorFor(Model.HeadingBlock heading) => _anchors.GetValueOrDefault(heading);

    /// <summary>
    /// The same document's context for one right-to-left part of a left-to-right page (the Arabic half of a
    /// bilingual letter): its blocks are laid out as on a right-to-left page, to be mirrored within their own
    /// width (<see cref="Blocks.RightToLeftPart"/>). Problems are reported to the same list.
    /// </summary>
    public LayoutContext ForRightToLeftPart() =>
        new(Theme, Fonts, Pictures) { Problems = Problems, RightToLeft = true, Sections = Sections, SectionPages = SectionPages };

    public float ContentWidth => Theme.Page.Width - 2 * Theme.Margin;

    /// <summary>The page height available to the flow, above the footer band.</summary>
    public float ContentHeight => Theme.Page.Height - 2 * Theme.Margin;

    public ParagraphStyle Body => new(FontRole.Body, Theme.BodySize, Theme.Text, Theme.LineHeight, AccentColor: Theme.Accent)
        { OnRightToLeftPage = RightToLeft };

    public ParagraphStyle Heading(int level) =>
        new(FontRole.Heading, Theme.HeadingSize(level), level == 1 ? Theme.Accent : Theme.Text, 1.2f) { OnRightToLeftPage = RightToLeft };

    /// <summary>
    /// Lines of text as on this document's pages: every block breaks its text here, so none can forget that the
    /// page reads right to left.
    /// </summary>
    public IReadOnlyList<TextLine> Break(IReadOnlyList<Model.Inline> inlines, ParagraphStyle style, float maxWidth) =>
        LineBreaker.Break(inlines, RightToLeft ? style with { OnRightToLeftPage = true } : style, Fonts, maxWidth);
}
