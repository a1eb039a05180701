using LifeStory.Cases.Loading;
using LifeStory.Cases.Model;
using LifeStory.Checking;
using LifeStory.Documents.Decorations;
using LifeStory.Documents.Layout;
using LifeStory.Documents.Markdown;
using LifeStory.Documents.Model;
using LifeStory.Documents.Themes;
using LifeStory.Pipeline;
using LifeStory.Tests.Support;
using UglyToad.PdfPig;

namespace LifeStory.Tests.Reviews.EasyRead;

/// <summary>
/// The easy-read review letter for a parent who needs it: the record as parents may see it, one idea a line,
/// a picture beside each point, nothing under 14 pt, and nothing hidden from parents.
/// </summary>
public sealed class EasyReadLetterTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static RunRequest EasyRead(string folder, string? output = null) =>
        new(Product.Minutes, folder, Today, output, Reader: Audience.Parents) { EasyRead = true };

    /// <summary>A copy of a sample with one birth parent marked as needing easy read.</summary>
    private static string Marked(TempFolder temp, string sample, string knownAs)
    {
        var folder = temp.CopyOf(Repo.Sample(sample));
        var yaml = Path.Combine(folder, "case.yaml");
        var text = File.ReadAllText(yaml);
        var at = $"    known_as: {knownAs}\n";
        Assert.Contains(at, text, StringComparison.Ordinal);
        File.WriteAllText(yaml, text.Replace(at, at + "    needs: [easy_read]\n", StringComparison.Ordinal));
        return folder;
    }

    [Theory]
    [InlineData("maisie", "Mum Kelly")]
    [InlineData("yusuf", "Mama")]
    public void Given_a_parent_who_needs_easy_read_When_their_letter_is_made_Then_its_markdown_and_pages_read_as_approved(string sample, string knownAs)
    {
        using var temp = new TempFolder();
        var folder = Marked(temp, sample, knownAs);
        var pdf = temp.File("easy-read.pdf");

        var result = CasePipeline.Run(EasyRead(folder, pdf));
        using var composition = CasePipeline.Compose(EasyRead(folder));

        Assert.True(result.Succeeded, string.Join("\n", result.Findings));
        Golden.Text($"{sample}.markdown", composition.Markdown!);
        var pages = PdfText.Pages(pdf);
        Golden.Text($"{sample}.pages", string.Join("\n", pages.Select((page, i) => $"--- page {i + 1} of {pages.Count} ---\n{page}")));
    }

    [Theory]
    [InlineData("maisie")]
    [InlineData("yusuf")]
    public void Given_the_easy_read_letter_When_printed_Then_no_letter_on_any_page_is_under_14_point_or_italic(string sample)
    {
        using var temp = new TempFolder();
        var pdf = temp.File("easy-read.pdf");

        Assert.True(CasePipeline.Run(EasyRead(Repo.Sample(sample), pdf)).Succeeded);

        using var document = PdfDocument.Open(pdf);
        // Letters, not digits: PdfPig reads digits about 4 % smaller than the letters of the same line (the 14.4 pt
        // footer's "1" as 13.8 pt), so a digit's size says more about the reader than about the page.
        var letters = document.GetPages().SelectMany(p => p.Letters).Where(l => l.Value.Length == 1 && char.IsLetter(l.Value[0])).ToList();
        Assert.NotEmpty(letters);
        var smallest = letters.MinBy(l => l.PointSize)!;
        Assert.True(smallest.PointSize >= Theme.EasyReadSmallestSize - 0.01,
            $"'{smallest.Value}' is printed at {smallest.PointSize:0.0} pt, under {Theme.EasyReadSmallestSize} pt.");
        // Body text is larger still: most letters are the theme's 18 pt.
        var body = letters.GroupBy(l => Math.Round(l.PointSize)).MaxBy(g => g.Count())!.Key;
        Assert.Equal(Theme.EasyRead.BodySize, body);
        Assert.DoesNotContain(letters, l => l.FontName?.Contains("Italic", StringComparison.OrdinalIgnoreCase) == true);
    }

    [Theory]
    [InlineData("maisie")]
    [InlineData("yusuf")]
    public void Given_the_easy_read_letter_Then_no_name_or_photo_hidden_from_parents_appears_in_it(string sample)
    {
        var model = CaseLoader.Load(Repo.Sample(sample)).Case!.Model;
        using var temp = new TempFolder();
        var pdf = temp.File("easy-read.pdf");

        Assert.True(CasePipeline.Run(EasyRead(Repo.Sample(sample), pdf)).Succeeded);
        using var composition = CasePipeline.Compose(EasyRead(Repo.Sample(sample)));

        var text = string.Join("\n", PdfText.Pages(pdf));
        var hiddenPeople = model.People.Where(p => p.HiddenFrom.Contains(Audience.Parents)).ToList();
        var hiddenPhotos = model.Photos.Where(p => p.HiddenFrom.Contains(Audience.Parents)).Select(p => p.File).ToList();
        // The carers' surnames are kept from parents by default.
        var carersSurnames = model.People.Where(p => p.Group == PersonGroup.Carers).Select(p => p.Name.Split(' ')[^1]).ToList();
        Assert.NotEmpty(hiddenPhotos);
        foreach (var word in hiddenPeople.SelectMany(p => p.Name.Split(' ')).Concat(carersSurnames))
        {
            Assert.DoesNotContain(word, text, StringComparison.Ordinal);
            Assert.DoesNotContain(word, composition.Markdown!, StringComparison.Ordinal);
        }
        var printed = composition.Pages!.Pages.SelectMany(p => p.Items).OfType<PictureItem>().Select(p => p.Source).ToList();
        foreach (var file in hiddenPhotos)
        {
            Assert.DoesNotContain(file, printed);
            Assert.DoesNotContain(file, composition.Markdown!, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Given_a_mum_with_a_photo_her_parents_may_see_Then_her_point_shows_her_photo_and_every_other_point_a_drawn_picture()
    {
        using var composition = CasePipeline.Compose(EasyRead(Repo.Sample("maisie")));

        var document = MarkdownReader.Read(composition.Markdown!, new DocumentInfo("letter"));
        var points = document.Blocks.OfType<BesideBlock>().ToList();
        Assert.Equal(composition.Markdown!.Split('\n').Count(l => l.StartsWith("::: point ", StringComparison.Ordinal)), points.Count);
        Assert.All(points, p => Assert.True(p.Point && (p.Picture is not null || p.Motif is not null)));
        var withPhoto = Assert.Single(points, p => p.Picture is not null);
        Assert.Equal("photos/first-steps-in-the-park.jpg", withPhoto.Picture!.Source);
        Assert.Null(withPhoto.Picture.Caption);
        Assert.Contains("Mum Kelly", string.Concat(withPhoto.Blocks.OfType<ParagraphBlock>().SelectMany(b => b.Inlines).Select(i => i.Text)), StringComparison.Ordinal);
        var motifs = points.Select(p => p.Motif).OfType<Motif>().ToHashSet();
        Assert.Superset(new HashSet<Motif> { Motif.Meeting, Motif.Speech, Motif.Plan, Motif.HappyFace, Motif.SadFace, Motif.Calendar, Motif.School }, motifs);
        // Laid out, each drawn picture is a square on the left of the words beside it.
        var drawn = composition.Pages!.Pages.SelectMany(p => p.Items).OfType<MotifItem>().Where(m => m.Motif == Motif.Calendar).ToList();
        var calendar = Assert.Single(drawn);
        Assert.Equal(calendar.Bounds.Width, calendar.Bounds.Height, 0.01);
    }

    [Fact]
    public void Given_no_parent_marked_When_made_Then_it_greets_nobody_by_name_and_the_file_says_easy_read()
    {
        using var temp = new TempFolder();
        var folder = temp.CopyOf(Repo.Sample("maisie"));

        var result = CasePipeline.Run(new RunRequest(Product.Minutes, folder, Today, Reader: Audience.Parents) { EasyRead = true });
        using var composition = CasePipeline.Compose(EasyRead(folder));

        Assert.True(result.Succeeded);
        Assert.Equal("review-letter-2026-09-15-for-parents-easy-read.pdf", Path.GetFileName(result.OutputPath));
        Assert.StartsWith("# About Maisie's meeting\n\nHello,\n", composition.Markdown!, StringComparison.Ordinal);
        Assert.Equal("An easy-read letter about Maisie's review meeting on 15 September 2026 (parents' easy-read version)", composition.Pages!.Info.Title);
    }

    [Theory]
    [InlineData(Audience.Child)]
    [InlineData(Audience.Carers)]
    [InlineData(Audience.Record)]
    public void Given_easy_read_asked_for_another_reader_Then_it_is_refused_saying_how_to_ask(Audience reader)
    {
        var request = new RunRequest(Product.Minutes, Repo.Sample("maisie"), Today, Reader: reader) { EasyRead = true };

        var refused = Assert.Throws<ArgumentException>(() => CasePipeline.Compose(request));

        Assert.StartsWith(EasyReadRequest.ParentsOnly, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_parent_who_needs_easy_read_When_checked_Then_the_easy_read_letter_is_held_to_15_word_sentences()
    {
        using var temp = new TempFolder();
        var folder = Marked(temp, "yusuf", "Mama");

        var findings = WordingChecker.Check(CaseLoader.Load(folder).Case!, Today);
        var unmarked = WordingChecker.Check(CaseLoader.Load(Repo.Sample("yusuf")).Case!, Today);

        var easy = findings.Where(f => f.Message.StartsWith("In the easy-read letter, ", StringComparison.Ordinal)).ToList();
        Assert.Equal(
        [
            "In the easy-read letter, \"Yusuf will be 16 next March…\" may be hard for a parent who needs easy read: a sentence of 20 words, where 15 or fewer is easier.",
            "In the easy-read letter, \"If nothing changes: Yusuf might not…\" may be hard for a parent who needs easy read: a sentence of 18 words, where 15 or fewer is easier.",
        ], easy.Select(f => f.Message));
        Assert.All(easy, f => Assert.Equal((Severity.Warning, WordingChecker.ReadingLevelCode), (f.Severity, f.Code)));
        // Without anyone marked, the check reads only the child's letter, as before.
        Assert.Equal(findings.Except(easy).Select(f => f.Message), unmarked.Select(f => f.Message));
    }

    [Fact]
    public void Given_a_parent_shown_to_parents_by_another_name_When_greeted_Then_it_is_by_that_name_whole_and_never_their_own()
    {
        using var temp = new TempFolder();
        var yaml = LifeStory.Tests.Audiences.RubyCase.Yaml.Replace("    group: birth_family\n",
            "    group: birth_family\n    needs: [easy_read]\n    shown_as: { parents: Ruby's first mummy }\n", StringComparison.Ordinal);
        var folder = LifeStory.Tests.Audiences.RubyCase.Write(temp, yaml);

        using var composition = CasePipeline.Compose(EasyRead(folder));

        Assert.NotNull(composition.Markdown);
        Assert.StartsWith("# About Ruby's meeting\n\nHello Ruby\\'s first mummy,\n", composition.Markdown, StringComparison.Ordinal);
        Assert.Contains("**You** told us what you think.", composition.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Sophie", composition.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Malik", composition.Markdown, StringComparison.Ordinal);
    }
}
