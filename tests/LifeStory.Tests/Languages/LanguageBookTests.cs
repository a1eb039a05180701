using System.Text.RegularExpressions;
using LifeStory.Checking;
using LifeStory.Languages;
using LifeStory.Pipeline;
using LifeStory.Templating;
using LifeStory.Tests.Support;

namespace LifeStory.Tests.Languages;

/// <summary>
/// The life-story book with --language: every fixed word the book prints (its sentences, "when you were 3", the
/// family tree's rows, shared words such as "mum", the glossary and the support list) in the language, the case's
/// own text as written; and `check` naming what a catalogue still lacks.
/// </summary>
public sealed class LanguageBookTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly TemplateFolders Shipped = new([TemplateFolders.BuiltIn]);

    private static string Folder(string name) => name is "maisie" or "yusuf" ? Repo.Sample(name)
        : Path.Combine(Repo.Root, "tests", "LifeStory.Tests", "Cases", "Fixtures", name);

    [Theory]
    [InlineData("kacper", "pl")]
    [InlineData("maisie", "pl")]
    public void Given_a_language_When_the_book_is_made_Then_every_page_reads_as_approved(string child, string language)
    {
        using var temp = new TempFolder();
        var pdf = temp.File("book.pdf");
        var result = CasePipeline.Run(new RunRequest(Product.Book, temp.CopyOf(Folder(child)), Today, pdf) { Language = language });

        Assert.True(result.Succeeded, string.Join("\n", result.Findings));
        Assert.DoesNotContain(result.Findings, f => f.Code.StartsWith("catalogue", StringComparison.Ordinal));
        Assert.True(result.TranslationNotChecked);
        var pages = PdfText.Pages(pdf);
        Assert.Equal(result.PageCount, pages.Count);
        var text = string.Join("\n", pages.Select((page, i) => $"--- page {i + 1} of {pages.Count} ---\n{page}"));
        Golden.Text($"{child}.{language}", PdfText.Metadata(pdf) + "\n" + text);
    }

    /// <summary>
    /// Arabic read back from a PDF comes out as shaped glyph forms in drawing order, which no reader can check, so
    /// the Arabic book's words are approved as the Markdown the templates write (as the Arabic letters are), and its
    /// pages as pictures, which show the right-to-left layout.
    /// </summary>
    [Fact]
    public void Given_Arabic_When_Yusufs_book_is_made_Then_its_words_and_its_pages_are_as_approved()
    {
        using var composition = CasePipeline.Compose(new RunRequest(Product.Book, Folder("yusuf"), Today) { Language = "ar" });
        Assert.DoesNotContain(composition.Findings, f => f.IsError || f.Code.StartsWith("catalogue", StringComparison.Ordinal));
        Assert.True(composition.Pages!.Info.RightToLeft);
        Golden.Text("yusuf.ar", composition.Markdown!);
        for (var i = 0; i < composition.Pages.Pages.Count; i++)
        {
            using var bitmap = LifeStory.Documents.Rendering.PngWriter.Render(composition.Pages, i, composition.Pictures, dpi: 24);
            Golden.Image($"yusuf.ar.page{i + 1:D2}", bitmap);
        }
    }

    /// <summary>The care routes' pages in both languages: going home (Theo), special guardians in the name voice (Lily), leaving care (Jordan).</summary>
    [Theory]
    [InlineData("theo")]
    [InlineData("lily")]
    [InlineData("jordan")]
    public void Given_a_care_route_When_the_book_is_made_in_Polish_and_Arabic_Then_each_reads_as_approved(string child)
    {
        var parts = new List<string>();
        foreach (var language in new[] { "pl", "ar" })
        {
            using var temp = new TempFolder();
            using var composition = CasePipeline.Compose(new RunRequest(Product.Book, temp.CopyOf(Folder(child)), Today) { Language = language });
            Assert.DoesNotContain(composition.Findings, f => f.IsError || f.Code.StartsWith("catalogue", StringComparison.Ordinal));
            Assert.DoesNotContain("[book_", composition.Markdown!, StringComparison.Ordinal);
            parts.Add($"=== book ({language})\n" + MarkdownWords.Of(composition.Markdown!));
        }
        Golden.Text($"routes.{child}", string.Join("\n", parts));
    }

    [Theory]
    [InlineData("kacper", "pl")]
    [InlineData("yusuf", "ar")]
    [InlineData("maisie", "pl")]
    [InlineData("theo", "pl")]
    [InlineData("lily", "ar")]
    [InlineData("jordan", "pl")]
    public void Given_a_language_When_the_book_is_made_Then_none_of_the_english_books_fixed_sentences_is_left(string child, string language)
    {
        // Every sentence the English catalogue gives the book, as English prints it for this child, is looked for in
        // the translated book: the case's own text may stay English (so a piece may be there as often as the case
        // itself says it), the catalogue's words may not.
        using var english = CasePipeline.Compose(new RunRequest(Product.Book, Folder(child), Today));
        using var translated = CasePipeline.Compose(new RunRequest(Product.Book, Folder(child), Today) { Language = language });
        var en = Catalogues.Load(Shipped, "en").Catalogue!;
        var fixedWords = en.Words.Where(w => w.Key.StartsWith("book_", StringComparison.Ordinal) || w.Key.StartsWith("when_", StringComparison.Ordinal)
                || w.Key.StartsWith("help_", StringComparison.Ordinal))
            .SelectMany(w => Texts(w.Value)).SelectMany(FixedPieces).Distinct().ToList();
        var printedInEnglish = fixedWords.Where(piece => english.Markdown!.Contains(piece, StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(printedInEnglish);
        var caseText = File.ReadAllText(Path.Combine(Folder(child), "case.yaml"));
        Assert.All(printedInEnglish, piece => Assert.True(Count(translated.Markdown!, piece) <= Count(caseText, piece),
            $"\"{piece}\" is printed in the {language} book more often than the case says it"));
    }

    [Theory]
    [InlineData("pl")]
    [InlineData("ar")]
    public void Given_the_book_templates_Then_every_catalogue_key_they_use_is_in_the_language_file_itself(string language)
    {
        var en = Catalogues.Load(Shipped, "en").Catalogue!;
        var own = File.ReadAllText(Path.Combine(TemplateFolders.BuiltIn, Catalogues.Folder, language + ".yaml"));
        var templates = Directory.EnumerateFiles(Path.Combine(TemplateFolders.BuiltIn, "book"), "*.sbn", SearchOption.AllDirectories)
            .Append(Path.Combine(TemplateFolders.BuiltIn, "shared", "who-can-help.sbn")).Select(File.ReadAllText).ToList();
        var literals = templates.SelectMany(t => Regex.Matches(t, "\"([a-z_]+)\"").Select(m => m.Groups[1].Value)).ToHashSet(StringComparer.Ordinal);
        // A key made from a prefix and a value ("book_part_" + page.part) counts every key with that prefix.
        var keys = en.Words.Keys.Where(k => literals.Contains(k) || literals.Any(l => l.EndsWith('_') && k.StartsWith(l, StringComparison.Ordinal))).ToList();
        Assert.Contains("book_born_on", keys);
        Assert.Contains("book_part_who_is_worried", keys);
        // Direct calls name keys English has: a misspelt key would print in brackets.
        var called = templates.SelectMany(t => Regex.Matches(t, "\\bt \"([a-z_]+)\"").Select(m => m.Groups[1].Value)).Distinct();
        Assert.All(called, key => Assert.True(en.Words.ContainsKey(key), $"templates call t \"{key}\", which en.yaml does not have"));
        Assert.All(keys, key => Assert.Matches(new Regex("^  " + key + ":", RegexOptions.Multiline), own));
    }

    [Fact]
    public void Given_a_councils_catalogue_without_the_glossary_and_support_words_When_checked_Then_it_names_them_and_the_shipped_ones_need_none()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.File("languages"));
        File.WriteAllText(temp.File("languages/zu.yaml"), "words:\n  who_came: \"Ubani oweza\"\n");
        var folders = new TemplateFolders([temp.Path, TemplateFolders.BuiltIn]);

        var findings = CatalogueChecks.Check(folders, "zu");
        var glossary = Assert.Single(findings, f => f.Field == "glossary");
        Assert.Equal(Severity.Warning, glossary.Severity);
        Assert.Contains("birth family", glossary.Message, StringComparison.Ordinal);
        Assert.Contains("glossary_<word>_means", glossary.Fix!, StringComparison.Ordinal);
        var support = Assert.Single(findings, f => f.Field == "support");
        Assert.Contains("Winston's Wish", support.Message, StringComparison.Ordinal);

        Assert.Empty(CatalogueChecks.Check(Shipped, "pl"));
        Assert.Empty(CatalogueChecks.Check(Shipped, "ar"));
        Assert.Empty(CatalogueChecks.Check(Shipped, "en"));
    }

    [Fact]
    public void Given_a_phrase_with_voice_forms_Then_the_book_that_talks_to_the_child_says_you_and_the_other_says_the_name_in_the_childs_gender()
    {
        var pl = Catalogues.Load(Shipped, "pl").Catalogue!;
        Dictionary<string, object?> Values(bool you) => new() { ["you"] = you, ["name"] = "Ola", ["date"] = "3 maja 2019" };
        Assert.Equal("Urodziłaś się 3 maja 2019.", pl.Say("book_born_on", Values(true), LifeStory.Cases.Model.Pronouns.She));
        Assert.Equal("Ola urodziła się 3 maja 2019.", pl.Say("book_born_on", Values(false), LifeStory.Cases.Model.Pronouns.She));
        Assert.Equal("Data urodzin dziecka: 3 maja 2019.", pl.Say("book_born_on", Values(false), LifeStory.Cases.Model.Pronouns.They));
        // An age picks the plural form the number needs: 1 rok, 2–4 lata, 5 and more lat (but 22 lata).
        Dictionary<string, object?> Age(int age) => new() { ["you"] = true, ["age"] = age, ["count"] = age };
        Assert.Equal("kiedy miałeś rok", pl.Say("when_age", Age(1), LifeStory.Cases.Model.Pronouns.He));
        Assert.Equal("kiedy miałeś 3 lata", pl.Say("when_age", Age(3), LifeStory.Cases.Model.Pronouns.He));
        Assert.Equal("kiedy miałeś 9 lat", pl.Say("when_age", Age(9), LifeStory.Cases.Model.Pronouns.He));
        Assert.Equal("kiedy miałeś 22 lata", pl.Say("when_age", Age(22), LifeStory.Cases.Model.Pronouns.He));
    }

    [Fact]
    public void Given_a_shared_word_Then_a_translation_says_it_in_its_language_and_english_or_an_unknown_word_stays_as_written()
    {
        var pl = Catalogues.Load(Shipped, "pl").Catalogue!;
        var en = Catalogues.Load(Shipped, "en").Catalogue!;
        Assert.Equal("opiekun kluczowy", pl.Term("relationship", "key worker"));
        Assert.Equal("mama", pl.Term("relationship", "Mum"));
        Assert.Equal("godmother", pl.Term("relationship", "godmother"));
        Assert.Equal("key worker", en.Term("relationship", "key worker"));
    }

    private static int Count(string text, string piece) => Regex.Matches(text, Regex.Escape(piece)).Count;

    private static IEnumerable<string> Texts(Phrase phrase) =>
        phrase.Text is { } text ? [text] : phrase.Forms!.Values.SelectMany(Texts);

    /// <summary>The runs of a phrase between its placeholders that are words of their own (four letters or more).</summary>
    private static IEnumerable<string> FixedPieces(string text) =>
        Regex.Split(text, "\\{[a-z_]+\\}").Select(p => p.Trim(' ', ',', '.', ':', '*', '(', ')')).Where(p => p.Count(char.IsLetter) >= 12);
}
