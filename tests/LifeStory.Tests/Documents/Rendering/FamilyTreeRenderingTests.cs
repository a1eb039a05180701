using LifeStory.Documents.Layout;
using LifeStory.Documents.Markdown;
using LifeStory.Documents.Model;
using LifeStory.Documents.Pictures;
using LifeStory.Documents.Rendering;
using LifeStory.Documents.Text;
using LifeStory.Documents.Themes;
using LifeStory.Tests.Documents.Layout.Blocks;
using LifeStory.Tests.Documents.Pictures;
using SkiaSharp;

namespace LifeStory.Tests.Documents.Rendering;

public sealed class FamilyTreeRenderingTests : IDisposable
{
    private const string Markdown = """
        # My family

        ::: family-tree
        - Grown-ups: Mum Kelly (my birth mum) ![](photos/kelly.png) | Darren (my birth dad) | Nan (my nan)
        - Children: Leo (my big brother) ![](photos/leo.png) | **Maisie** (me)
        - Looking after me: Jo (my foster carer) | Sam (my foster carer)
        :::
        """;

    private static readonly string[] Names = ["Mum Kelly", "Darren", "Nan", "Leo", "Maisie", "Jo", "Sam"];

    private readonly TempFolder _folder = new();
    private readonly FolderPictureSource _pictures;

    public FamilyTreeRenderingTests()
    {
        _folder.Write("photos/kelly.png", TestImages.Png(300, 400, SKColors.SeaGreen));
        _folder.Write("photos/leo.png", TestImages.Png(400, 200, SKColors.Orange));
        _pictures = FolderPictureSource.Under(_folder.Path);
    }

    public void Dispose()
    {
        _pictures.Dispose();
        _folder.Dispose();
    }

    private LaidOutDocument Laid() =>
        LayoutEngine.Layout(MarkdownReader.Read(Markdown, new DocumentInfo("Maisie")), Theme.Book, FontLibrary.Default, _pictures);

    [Fact]
    public void Given_a_family_tree_When_rendered_to_png_Then_every_card_is_inked_the_photos_show_and_the_childs_card_is_tinted()
    {
        var laid = Laid();
        Assert.Empty(laid.Problems);
        var page = Assert.Single(laid.Pages);

        using var bitmap = PngWriter.Render(laid, 0, _pictures, 72f);

        var cards = FamilyTreeLayoutTests.Cards(page.Items);
        Assert.Equal(7, cards.Count);
        foreach (var card in cards)
        {
            // Inside the card's outline: its photo or initial, name and role.
            var inner = SKRectI.Round(SKRect.Inflate(card.Bounds, -4, -4));
            var inked = 0;
            for (var y = inner.Top; y < inner.Bottom; y++)
                for (var x = inner.Left; x < inner.Right; x++)
                    if (bitmap.GetPixel(x, y) != laid.Theme.Paper) inked++;
            Assert.True(inked > 300, $"The card at {card.Bounds} has only {inked} inked pixels.");
        }
        foreach (var (picture, colour) in new[] { ("photos/kelly.png", SKColors.SeaGreen), ("photos/leo.png", SKColors.Orange) })
        {
            var photo = Assert.Single(page.Items.OfType<PictureItem>(), p => p.Source == picture);
            AssertNear(colour, bitmap.GetPixel((int)photo.Bounds.MidX, (int)photo.Bounds.MidY));
            // Round: the photo's corner is left as the card's paper.
            Assert.Equal(laid.Theme.Paper, bitmap.GetPixel((int)photo.Bounds.Left + 2, (int)photo.Bounds.Top + 2));
        }
        var child = cards.Single(c => c.Fill == laid.Theme.AccentSoft);
        AssertNear(laid.Theme.AccentSoft, bitmap.GetPixel((int)child.Bounds.Left + 5, (int)child.Bounds.MidY));
        // The line from the first row down to the second is drawn.
        var rows = cards.GroupBy(c => c.Bounds.Top).OrderBy(g => g.Key).ToList();
        var link = page.Items.OfType<LineItem>().First(l => l.Bounds.Left == l.Bounds.Right
            && l.Bounds.Top >= rows[0].First().Bounds.Bottom && l.Bounds.Bottom <= rows[1].First().Bounds.Top && l.Bounds.Height > 8);
        AssertNear(laid.Theme.Accent, bitmap.GetPixel((int)link.Bounds.Left, (int)link.Bounds.MidY));
    }

    [Fact]
    public void Given_a_family_tree_When_written_to_pdf_Then_its_names_roles_and_labels_are_text_and_its_photos_images()
    {
        var laid = Laid();
        using var output = new MemoryStream();

        PdfWriter.Write(laid, _pictures, output, RenderOptions.Screen);

        using var pdf = UglyToad.PdfPig.PdfDocument.Open(output.ToArray());
        var page = Assert.Single(pdf.GetPages());
        var text = string.Join(" ", page.GetWords().Select(w => w.Text));
        Assert.All(Names, name => Assert.Contains(name, text, StringComparison.Ordinal));
        Assert.All(["Grown-ups", "Children", "Looking after me", "my birth mum", "my big brother", "my foster carer"],
            words => Assert.Contains(words, text, StringComparison.Ordinal));
        Assert.Equal(2, page.GetImages().Count());
    }

    private static bool Near(SKColor expected, SKColor actual) =>
        Math.Abs(expected.Red - actual.Red) <= 12 && Math.Abs(expected.Green - actual.Green) <= 12 && Math.Abs(expected.Blue - actual.Blue) <= 12;

    private static void AssertNear(SKColor expected, SKColor actual) => Assert.True(Near(expected, actual), $"Expected about {expected}, got {actual}.");
}
