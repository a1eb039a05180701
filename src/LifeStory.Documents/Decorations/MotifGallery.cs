using LifeStory.Documents.Layout;
using LifeStory.Documents.Markdown;
using LifeStory.Documents.Model;
using LifeStory.Documents.Pictures;
using LifeStory.Documents.Rendering;
using LifeStory.Documents.Text;
using LifeStory.Documents.Themes;
using SkiaSharp;

namespace LifeStory.Documents.Decorations;

/// <summary>
/// A sheet showing every motif, for a person to look at: each large in its own colour, at 2 cm in its own
/// colour and in the book's accent, and at 1 cm in its own colour and in the letter's dark accent (which gives
/// the eyes their white rims). It is an ordinary laid-out page, so it goes through the same painter as a book:
/// <c>dotnet run --project src/LifeStory.SampleArt -- motifs motifs.png</c> (or motifs.pdf). <see cref="Preview"/>
/// shows one motif decorating a short book: <c>... -- motifs-book book.pdf rabbit</c>.
/// </summary>
public static class MotifGallery
{
    private const float CellWidth = 230, CellHeight = 168, Margin = 24, Large = 124, TwoCm = 72 / 2.54f * 2, OneCm = 72 / 2.54f;
    private const int Columns = 3;

    public static LaidOutDocument Build(FontLibrary fonts, IReadOnlyList<Motif>? motifs = null)
    {
        motifs ??= Enum.GetValues<Motif>();
        var rows = (motifs.Count + Columns - 1) / Columns;
        var theme = Theme.Book with { Page = new PageSize("Motif gallery", Margin * 2 + Columns * CellWidth, Margin * 2 + rows * CellHeight) };
        var items = new List<PageItem>();
        var label = new ParagraphStyle(FontRole.Heading, 13, theme.Text, 1.2f);
        for (var i = 0; i < motifs.Count; i++)
        {
            var motif = motifs[i];
            var own = MotifArt.DefaultColour(motif);
            var x = Margin + i % Columns * CellWidth;
            var y = Margin + i / Columns * CellHeight;
            items.Add(new ShapeItem(new SKRect(x + 2, y + 2, x + CellWidth - 2, y + CellHeight - 2), null, 10, theme.AccentSoft, 1));
            items.Add(new MotifItem(Square(x + 8, y + 8, Large), motif, own));
            var right = x + 8 + Large + 14;
            items.Add(new MotifItem(Square(right, y + 8, TwoCm), motif, own));
            items.Add(new MotifItem(Square(right, y + 8 + TwoCm + 6, TwoCm), motif, theme.Accent));
            var line = LineBreaker.Break([new Inline(motif.ToString())], label, fonts, Large)[0];
            items.Add(new TextItem(new SKRect(x + 10, y + 8 + Large + 8, x + 10 + Large, y + 8 + Large + 8 + line.Height), line));
            var small = y + 8 + 2 * TwoCm + 12;
            items.Add(new MotifItem(Square(right, small, OneCm), motif, own));
            items.Add(new MotifItem(Square(right + OneCm + 6, small, OneCm), motif, Theme.Letter.Accent));
        }
        return new LaidOutDocument(new DocumentInfo("Motifs"), theme, [new Page(1, items)], []);
    }

    /// <summary>
    /// A short sample book (a cover and two chapters) laid out as usual, then decorated with one motif the way
    /// layout would do it with <see cref="DecorationLayout"/>: on the cover clear of the title, photo frame,
    /// subtitle and band; beside each chapter heading; in the bottom corner of each numbered page.
    /// </summary>
    public static LaidOutDocument Preview(FontLibrary fonts, Motif motif, SKColor? colour = null)
    {
        const string Story = """
            ::: cover
            # Maisie's Story

            ![Me](me.jpg)

            All about me
            :::

            # Where I live

            I live with Jo and Sam in a house with a red door. We have a garden with a swing.

            My bedroom is at the top of the stairs. It has a blue rug, a shelf of books and a window where I can see the
            park. Jo reads me a story every night, and Sam makes pancakes on Saturdays. Our cat Biscuit sleeps on my bed.

            # Things I like

            I like swimming, painting and my friend Amira.

            On Tuesdays I go swimming with my class, and I can swim a whole length now. I paint pictures of animals and
            the sea, and Jo puts the best ones on the fridge. Amira and I play at the park after school. We like the
            big slide best, and we take turns to push each other on the roundabout until we are dizzy.
            """;
        var theme = Theme.Book;
        var laid = LayoutEngine.Layout(MarkdownReader.Read(Story, new DocumentInfo("Maisie")), theme, fonts, NoPictures.Instance);
        var ink = colour ?? MotifArt.DefaultColour(motif);
        var page = new SKRect(0, 0, theme.Page.Width, theme.Page.Height);
        var pages = new List<Page>();
        foreach (var p in laid.Pages)
        {
            var items = p.Items.ToList();
            if (p.Number == 1)
            {
                // Everything but the full-page background stays clear: the title, frame, subtitle and band. A line of
                // text spans the whole column, so only the part its words cover is kept clear.
                var clear = items.Where(i => i.Bounds.Width < page.Width || i.Bounds.Height < page.Height)
                    .Select(i => i is TextItem text ? text.InkBounds : i.Bounds).ToList();
                items.InsertRange(1, DecorationLayout.CoverMotifs(page, motif, ink, clear).Select(m => new FurnitureItem(m)));
            }
            else
            {
                var heading = items.SkipWhile(i => i is not AnchorItem).OfType<TextItem>().FirstOrDefault();
                if (heading is not null && DecorationLayout.SectionMotif(heading.Bounds, motif, ink, heading.InkBounds) is { } beside)
                    items.Add(beside);
                items.Insert(0, new FurnitureItem(DecorationLayout.PageCorner(page, theme.Margin, motif, ink, p.Number)));
            }
            pages.Add(p with { Items = items });
        }
        return laid with { Pages = pages, Problems = [] };
    }

    /// <summary>
    /// Writes a document to <paramref name="path"/>: a PDF when it ends in .pdf, otherwise PNGs at
    /// <paramref name="dpi"/>, one per page, numbered from the second ("book.png", "book-2.png", ...).
    /// </summary>
    public static void Write(LaidOutDocument document, string path, float dpi = 144)
    {
        if (path.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
        {
            using var pdf = File.Create(path);
            PdfWriter.Write(document, NoPictures.Instance, pdf);
            return;
        }
        for (var i = 0; i < document.Pages.Count; i++)
        {
            var name = i == 0 ? path : Path.Combine(Path.GetDirectoryName(path) ?? "", $"{Path.GetFileNameWithoutExtension(path)}-{i + 1}{Path.GetExtension(path)}");
            File.WriteAllBytes(name, PngWriter.RenderPng(document, i, NoPictures.Instance, dpi));
        }
    }

    private static SKRect Square(float x, float y, float side) => new(x, y, x + side, y + side);

    /// <summary>The sheet has no pictures, only drawings.</summary>
    private sealed class NoPictures : IPictureSource
    {
        public static NoPictures Instance { get; } = new();

        public PictureInfo? Describe(string source, out string? problem)
        {
            problem = "The motif gallery has no pictures.";
            return null;
        }

        public SKImage Prepare(string source, int pixelWidth, int pixelHeight, SKRect crop) =>
            throw new InvalidOperationException("The motif gallery has no pictures.");
    }
}
