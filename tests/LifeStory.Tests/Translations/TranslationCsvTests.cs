using System.Text;
using LifeStory.Cases.Model;
using LifeStory.Pipeline;
using LifeStory.Translations;

namespace LifeStory.Tests.Translations;

public sealed class TranslationCsvTests
{
    private static string Export(IReadOnlyList<TranslatableText> texts, TranslationSet existing)
    {
        using var stream = new MemoryStream();
        TranslationCsv.Write(ExchangeFile.For(texts, existing), existing, texts, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public void Given_Yusuf_when_exported_as_CSV_then_it_is_RFC_4180_with_a_byte_order_mark_for_spreadsheets()
    {
        var texts = TranslatableTexts.For(YusufInArabic.Case, Product.Book, Audience.Child);

        var csv = Export(texts, YusufInArabic.Set());

        Assert.StartsWith("\uFEFFid,english,translation,status\r\n", csv, StringComparison.Ordinal);
        Assert.Contains("\r\nhomes[margarets-house].name,Margaret's house,بيت مارغريت,reviewed\r\n", csv, StringComparison.Ordinal);
        Assert.Contains("\r\nhomes[omdurman].town,\"Omdurman, Sudan\",,new\r\n", csv, StringComparison.Ordinal);
        // A Markdown story keeps its line breaks inside one quoted cell.
        Assert.Contains("\r\nstory[why-i-came-to-england].markdown,\"You grew up in Omdurman, in Sudan, with Mama, your dad and your sisters Amal and Huda.\n\nIn April 2023", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_an_export_filled_in_by_a_translator_when_read_and_imported_then_every_translation_comes_back_whole()
    {
        var model = YusufInArabic.Case;
        var texts = TranslatableTexts.All(model);
        var exported = Export(texts, TranslationSet.Empty("ar"));
        var fixture = YusufInArabic.File().Units.ToDictionary(u => u.Key);
        // What the translator does in a spreadsheet: fill in the translation cell of the rows they translate.
        var (blank, _) = TranslationCsv.Read(exported, "ar", "export.csv");
        var filled = new StringBuilder("id,english,translation,status\r\n");
        foreach (var unit in blank!.Units)
        {
            var translation = fixture.TryGetValue(unit.Key, out var done) ? done.Translation! : "";
            filled.Append(string.Join(',', new[] { unit.Key, unit.English, translation, TranslationCsv.New }.Select(Quote))).Append("\r\n");
        }

        var (file, findings) = TranslationCsv.Read(filled.ToString(), "ar", "filled.csv");
        Assert.Empty(findings);
        var outcome = TranslationImport.Merge(model, TranslationSet.Empty("ar"), file!, "filled.csv");

        Assert.Empty(outcome.Findings);
        Assert.Equal(texts.Count, blank.Units.Count);
        Assert.Equal(fixture.Count, outcome.Imported);
        Assert.All(fixture.Values, f => Assert.Equal(f.Translation, outcome.Set!.ByKey[f.Key].Text));
        Assert.All(outcome.Set!.ByKey.Values, t => Assert.Equal(TranslationStatus.Current, outcome.Set.StatusOf(texts.Single(x => x.Key == t.Key))));
    }

    private static string Quote(string cell) => "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    [Fact]
    public void Given_an_out_of_date_translation_left_alone_by_the_translator_then_import_keeps_it_out_of_date()
    {
        var english = YusufInArabic.Case;
        var edited = english with { People = english.People.Select(p => p.Id == "mum" ? p with { About = "Mama lives in Cairo." } : p).ToList() };
        var existing = YusufInArabic.Set();
        var texts = TranslatableTexts.All(edited);
        var csv = Export(texts, existing);
        Assert.Contains("\r\npeople[mum].about,Mama lives in Cairo.,ماما تعيش", csv, StringComparison.Ordinal);
        Assert.Contains(",out of date\r\n", csv, StringComparison.Ordinal);

        var (file, _) = TranslationCsv.Read(csv, "ar", "untouched.csv");
        var outcome = TranslationImport.Merge(edited, existing, file!, "untouched.csv");

        Assert.Equal(0, outcome.Imported);
        Assert.Equal(TranslationStatus.OutOfDate, outcome.Set!.StatusOf(texts.Single(t => t.Key == "people[mum].about")));
    }

    [Fact]
    public void Given_a_translation_made_from_older_English_when_imported_then_it_is_kept_but_marked_out_of_date()
    {
        var english = YusufInArabic.Case;
        var edited = english with { People = english.People.Select(p => p.Id == "mum" ? p with { About = "Mama lives in Cairo." } : p).ToList() };

        var outcome = TranslationImport.Merge(edited, TranslationSet.Empty("ar"), YusufInArabic.File(), "yusuf.ar.csv");

        Assert.Equal((10, 1), (outcome.Imported, outcome.FromOlderEnglish));
        var warning = Assert.Single(outcome.Findings);
        Assert.Equal(("people[mum].about", "yusuf.ar.csv", 3), (warning.Field, warning.Location!.File, warning.Location.Line));
        Assert.Equal(TranslationStatus.OutOfDate, outcome.Set!.StatusOf(TranslatableTexts.All(edited).Single(t => t.Key == "people[mum].about")));
        Assert.Equal("Mama lives in Cairo.", TranslatedCase.For(edited, outcome.Set).People[0].About);
    }

    [Theory]
    [InlineData("id,english,translation,status\r\npeople[mum].about,\"Mama,,translated\r\n", 2, "never closed")]
    [InlineData("id,english,translation,status\r\npeople[mum].about,Mama,\"ماما\"x,translated\r\n", 2, "after its closing")]
    [InlineData("id,english,translation,status\r\npeople[mum].about,Mama,ماما\r\n", 2, "3 columns")]
    [InlineData("key,source,target\r\n", 1, "column names")]
    [InlineData("id,english,translation,status\r\n\"a\nb\",x,y,translated\r\npeople[mum].about,Mama,ماما,done\r\n", 4, "status 'done'")]
    public void Given_a_broken_CSV_when_read_then_it_is_refused_with_its_line(string csv, int line, string says)
    {
        var (file, findings) = TranslationCsv.Read(csv, "ar", "bad.csv");

        Assert.Null(file);
        var finding = Assert.Single(findings);
        Assert.Equal(("bad.csv", line), (finding.Location!.File, finding.Location.Line));
        Assert.Contains(says, finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_case_text_that_a_spreadsheet_would_run_as_a_formula_when_exported_then_it_is_text_there_and_reads_back_unchanged()
    {
        var english = YusufInArabic.Case;
        var hostile = english with { People = english.People.Select(p => p.Id == "tom" ? p with { About = "=HYPERLINK(\"http://example.com\",\"Tom\")" } : p).ToList() };
        var texts = TranslatableTexts.All(hostile);
        var existing = TranslationSet.Empty("ar").With([new Translation("people[mum].relationship", texts.Single(t => t.Key == "people[mum].relationship").EnglishHash, "- أمي")]);

        var csv = Export(texts, existing);
        var (file, findings) = TranslationCsv.Read(csv, "ar", "hostile.csv");

        Assert.Contains("\r\npeople[tom].about,\"'=HYPERLINK(\"\"http://example.com\"\",\"\"Tom\"\")\",,new\r\n", csv, StringComparison.Ordinal);
        Assert.Contains("\r\npeople[mum].relationship,my mother,'- أمي,translated\r\n", csv, StringComparison.Ordinal);
        Assert.Empty(findings);
        var units = file!.Units.ToDictionary(u => u.Key);
        Assert.Equal("=HYPERLINK(\"http://example.com\",\"Tom\")", units["people[tom].about"].English);
        Assert.Equal("- أمي", units["people[mum].relationship"].Translation);
    }
}
