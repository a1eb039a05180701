using LifeStory.Audiences;
using LifeStory.Cases.Model;
using LifeStory.Documents.Layout;
using LifeStory.Pipeline;
using LifeStory.Tests.Cli;
using LifeStory.Tests.Support;

namespace LifeStory.Tests.Book;

/// <summary>The book's promises end to end: drafts say so, sensitive photos are gentler, motifs decorate, the later-life letter is written.</summary>
public sealed class BookFeatureTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Fact]
    public void Given_a_book_nobody_has_signed_off_Then_every_page_says_draft_and_the_command_says_how_to_sign_it()
    {
        using var temp = new TempFolder();
        var folder = temp.CopyOf(Repo.Sample("yusuf"));
        var outcome = CliRunner.Run(temp.Path, "book", folder, "--today", "2026-11-23", "--output", "book.pdf");
        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("DRAFT — not yet checked", outcome.Errors, StringComparison.Ordinal);
        Assert.Contains("sign_off:", outcome.Errors, StringComparison.Ordinal);
        var pages = PdfText.Pages(temp.File("book.pdf"));
        Assert.All(pages, page => Assert.Contains("DRAFT — not yet checked", page, StringComparison.Ordinal));
    }

    [Fact]
    public void Given_a_signed_off_book_Then_no_page_says_draft()
    {
        using var temp = new TempFolder();
        Assert.True(CasePipeline.Run(new RunRequest(Product.Book, Repo.Sample("maisie"), Today, temp.File("book.pdf"))).Succeeded);
        Assert.All(PdfText.Pages(temp.File("book.pdf")), page => Assert.DoesNotContain("DRAFT", page, StringComparison.Ordinal));
    }

    [Fact]
    public void Given_a_photo_marked_for_teenagers_Then_younger_books_leave_it_out_with_every_reference_to_it()
    {
        var model = LifeStory.Cases.Loading.CaseLoader.Load(Repo.Sample("maisie")).Case!.Model;
        var seaside = model.Photos.Single(p => p.Id == "seaside");
        model = model with { Photos = [.. model.Photos.Where(p => p.Id != "seaside"), seaside with { Sensitive = new SensitivePicture(FromAgeBand: AgeBand.Teen) }] };

        var primary = AudienceFilter.ForAgeBand(model, AgeBand.Primary);
        Assert.DoesNotContain(primary.Photos, p => p.Id == "seaside");
        Assert.DoesNotContain(primary.People, p => p.Photo == "seaside");
        Assert.DoesNotContain(primary.Timeline, e => e.Photos.Contains("seaside"));
        Assert.Contains(AudienceFilter.ForAgeBand(model, AgeBand.Teen).Photos, p => p.Id == "seaside");
    }

    [Fact]
    public void Given_a_photo_marked_smaller_and_black_and_white_Then_it_prints_that_way()
    {
        using var composition = CasePipeline.Compose(new RunRequest(Product.Book, Repo.Sample("maisie"), Today));
        var flat = composition.Pages!.Pages.SelectMany(p => p.Items).OfType<PictureItem>().Single(p => p.Source == "photos/flat-in-leeds.jpg");
        var other = composition.Pages.Pages.SelectMany(p => p.Items).OfType<PictureItem>().First(p => p.Source == "photos/auntie-bevs-house.jpg");
        Assert.True(flat.Grayscale);
        Assert.False(other.Grayscale);
        Assert.True(flat.Bounds.Width < other.Bounds.Width * 0.6f, $"{flat.Bounds.Width} against {other.Bounds.Width}");
    }

    [Fact]
    public void Given_a_favourite_thing_Then_it_is_drawn_on_the_cover_and_by_chapter_titles_but_not_by_a_teenagers()
    {
        using var maisie = CasePipeline.Compose(new RunRequest(Product.Book, Repo.Sample("maisie"), Today));
        var pages = maisie.Pages!.Pages;
        static IEnumerable<MotifItem> Motifs(Page page) => page.Items.Select(i => i is FurnitureItem f ? f.Inner : i).OfType<MotifItem>();
        Assert.True(Motifs(pages[0]).Count() >= 4, "The cover has a large motif and small ones.");
        Assert.All(Motifs(pages[0]), m => Assert.Equal(LifeStory.Documents.Decorations.Motif.Rabbit, m.Motif));
        Assert.True(pages.Skip(1).Count(p => Motifs(p).Any()) >= 8, "Chapter titles carry the motif.");

        using var yusuf = CasePipeline.Compose(new RunRequest(Product.Book, Repo.Sample("yusuf"), Today));
        Assert.NotEmpty(Motifs(yusuf.Pages!.Pages[0]));
        Assert.All(yusuf.Pages.Pages.Skip(1), p => Assert.Empty(Motifs(p)));
    }

    [Fact]
    public void Given_a_later_life_letter_When_letter_is_run_Then_it_tells_the_fuller_story_to_the_young_person()
    {
        using var temp = new TempFolder();
        var folder = temp.CopyOf(Repo.Sample("maisie"));
        var outcome = CliRunner.Run(temp.Path, "letter", folder, "--today", "2026-11-23");
        Assert.Equal(0, outcome.ExitCode);
        var text = string.Join("\n", PdfText.Pages(Path.Combine(folder, "output", "later-life-letter.pdf")));
        Assert.Contains("Dear Maisie,", text, StringComparison.Ordinal);
        // The full names a young person needs to find their records, which the child's book leaves out.
        Assert.Contains("Kelly Clarke", text, StringComparison.Ordinal);
        Assert.Contains("Darren Walsh", text, StringComparison.Ordinal);
        Assert.Contains("your birth mum", text, StringComparison.Ordinal);
        Assert.Contains("none of what happened was your fault", text, StringComparison.Ordinal);
        Assert.Contains("Priya Shah", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_no_later_life_letter_When_letter_is_run_Then_it_says_what_to_add_and_writes_nothing()
    {
        using var temp = new TempFolder();
        var folder = temp.CopyOf(Repo.Sample("yusuf"));
        var outcome = CliRunner.Run(temp.Path, "letter", folder, "--today", "2026-11-23");
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("later_life_letter", outcome.Errors, StringComparison.Ordinal);
        Assert.Contains("from:, written: and markdown:", outcome.Errors, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(folder, "output")) && Directory.GetFiles(Path.Combine(folder, "output"), "later-life*").Length > 0);
    }
}

/// <summary>The accessible web page of a draft says it is a draft, as the printed pages do.</summary>
public sealed class DraftHtmlTests
{
    [Fact]
    public void Given_a_draft_When_written_as_html_Then_a_note_at_the_top_says_so_and_a_checked_book_has_none()
    {
        var draft = LifeStory.Documents.Rendering.Html.HtmlWriter.Write("# Hello", new LifeStory.Documents.Model.DocumentInfo("Book") { Watermark = "DRAFT — not yet checked" },
            LifeStory.Documents.Themes.Theme.Book, new LifeStory.Documents.Pictures.FolderPictureSource(_ => null), embedFonts: false);
        Assert.Contains("<main>\n<p class=\"draft\" role=\"note\">DRAFT — not yet checked</p>", draft, StringComparison.Ordinal);

        var checkedBook = LifeStory.Documents.Rendering.Html.HtmlWriter.Write("# Hello", new LifeStory.Documents.Model.DocumentInfo("Book"),
            LifeStory.Documents.Themes.Theme.Book, new LifeStory.Documents.Pictures.FolderPictureSource(_ => null), embedFonts: false);
        Assert.DoesNotContain("class=\"draft\"", checkedBook, StringComparison.Ordinal);
    }
}

/// <summary>A book prints each photo where it belongs, not again in the timeline.</summary>
public sealed class PhotosOnceTests
{
    [Theory]
    [InlineData("maisie")]
    [InlineData("yusuf")]
    public void Given_a_sample_book_Then_the_timeline_repeats_no_photo_of_the_cover_a_person_or_a_home(string sample)
    {
        using var composition = LifeStory.Pipeline.CasePipeline.Compose(new LifeStory.Pipeline.RunRequest(
            LifeStory.Pipeline.Product.Book, Repo.Sample(sample), new DateOnly(2026, 11, 23)));
        var model = LifeStory.Cases.Loading.CaseLoader.Load(Repo.Sample(sample)).Case!.Model;
        string FileOf(string? id) => model.Photos.SingleOrDefault(p => p.Id == id)?.File ?? "";
        var pictures = composition.Pages!.Pages.SelectMany(p => p.Items).OfType<PictureItem>().Select(p => p.Source).ToList();

        // The child's chosen photo: the cover, and their own card on the family tree.
        Assert.Equal(2, pictures.Count(s => s == FileOf(model.Child.CoverPhoto)));
        var markdown = composition.Markdown!;
        var timeline = markdown[markdown.IndexOf("# Things I have done", StringComparison.Ordinal)..];
        timeline = timeline[..timeline.IndexOf("\n# ", 1, StringComparison.Ordinal)];
        foreach (var shown in model.People.Select(p => p.Photo).Concat(model.Homes.Select(h => h.Photo)).Append(model.Child.CoverPhoto).OfType<string>())
            Assert.DoesNotContain($"<{FileOf(shown)}>", timeline, StringComparison.Ordinal);
    }
}

/// <summary>A photo marked black and white stays black and white wherever it is printed, the family tree included.</summary>
public sealed class SensitiveTreePhotoTests
{
    [Fact]
    public void Given_a_persons_photo_marked_black_and_white_Then_their_family_tree_card_is_grey_too()
    {
        using var variant = new SampleVariant("maisie", ("    people: [kelly, leo]\n", "    people: [kelly, leo]\n    sensitive: { black_and_white: true }\n"));
        using var composition = LifeStory.Pipeline.CasePipeline.Compose(new LifeStory.Pipeline.RunRequest(
            LifeStory.Pipeline.Product.Book, variant.Folder, new DateOnly(2026, 11, 23)));
        var kelly = composition.Pages!.Pages.SelectMany(p => p.Items).OfType<PictureItem>()
            .Where(p => p.Source == "photos/first-steps-in-the-park.jpg").ToList();
        Assert.True(kelly.Count >= 2, "Mum Kelly's photo is on her page and on the tree.");
        Assert.All(kelly, p => Assert.True(p.Grayscale));
    }
}
