using System.Text;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using LifeStory.Cases.Model;
using LifeStory.Pipeline;
using LifeStory.Tests.Support;
using LifeStory.Translations;

namespace LifeStory.Tests.Translations;

public sealed class XliffTests
{
    /// <summary>100,000 markers inside each other: well-formed, and deep enough to take the stack of a recursive walk.</summary>
    private const string DeeplyNested = """<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="ar"><file id="f"><unit id="u" name="people[mum].about"><segment><source>x</source><target>""";

    /// <summary>
    /// The OASIS XLIFF 2.0 core schema (Schemas/, with its notice), from the XLIFF 2.1 schema package, which carries
    /// the 2.0 core schema unchanged with the W3C xml.xsd it imports.
    /// </summary>
    private static readonly Lazy<XmlSchemaSet> CoreSchema = new(() =>
    {
        var schemas = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
        schemas.Add(Xliff.Ns.NamespaceName, Path.Combine(Repo.Root, "tests", "LifeStory.Tests", "Translations", "Schemas", "xliff_core_2.0.xsd"));
        schemas.Compile();
        return schemas;
    });

    private static byte[] Export(ExchangeFile file)
    {
        using var stream = new MemoryStream();
        Xliff.Write(file, stream);
        return stream.ToArray();
    }

    private static List<string> SchemaErrors(byte[] xliff)
    {
        var errors = new List<string>();
        var document = XDocument.Load(new MemoryStream(xliff), LoadOptions.SetLineInfo);
        document.Validate(CoreSchema.Value, (_, e) => errors.Add($"{e.Severity} line {e.Exception?.LineNumber}: {e.Message}"));
        return errors;
    }

    [Theory]
    [InlineData(Product.Book, Audience.Child)]
    [InlineData(Product.Minutes, Audience.Parents)]
    [InlineData(Product.LaterLifeLetter, Audience.Record)]
    public void Given_Yusuf_with_Arabic_translations_when_exported_then_the_file_is_valid_against_the_XLIFF_2_0_core_schema(Product product, Audience reader)
    {
        var texts = TranslatableTexts.For(YusufInArabic.Case, product, reader);

        var xliff = Export(ExchangeFile.For(texts, YusufInArabic.Set()));

        Assert.Empty(SchemaErrors(xliff));
        Assert.NotEmpty(texts);
    }

    [Fact]
    public void Given_the_Arabic_translations_when_the_August_review_letter_is_exported_then_the_file_reads_as_approved()
    {
        var texts = TranslatableTexts.For(YusufInArabic.Case, Product.Minutes, Audience.Child, new DateOnly(2026, 8, 12));

        Golden.Text("yusuf.minutes.ar", Encoding.UTF8.GetString(Export(ExchangeFile.For(texts, YusufInArabic.Set()))));
    }

    [Fact]
    public void Given_a_file_that_breaks_the_schema_then_the_validation_used_here_says_so()
    {
        // The schema check above is only worth something if it can fail: a unit with brackets in its id (an NMTOKEN) must not pass.
        var xliff = Encoding.UTF8.GetString(Export(ExchangeFile.For(TranslatableTexts.All(YusufInArabic.Case).Take(1), TranslationSet.Empty("ar"))))
            .Replace("id=\"u1\"", "id=\"people[mum].about\"", StringComparison.Ordinal);

        Assert.Contains(SchemaErrors(Encoding.UTF8.GetBytes(xliff)), e => e.Contains("id", StringComparison.Ordinal));
    }

    [Fact]
    public void Given_an_export_translated_in_a_tool_when_read_back_and_imported_then_the_case_prints_the_Arabic()
    {
        var model = YusufInArabic.Case;
        var texts = TranslatableTexts.For(model, Product.Book, Audience.Child);
        var exported = XDocument.Load(new MemoryStream(Export(ExchangeFile.For(texts, TranslationSet.Empty("ar")))), LoadOptions.PreserveWhitespace);
        // What a translation tool does: add a target to each unit it translated and mark it translated.
        foreach (var fixture in YusufInArabic.File().Units)
        {
            var unit = exported.Descendants(Xliff.Ns + "unit").SingleOrDefault(u => (string?)u.Attribute("name") == fixture.Key);
            if (unit is null) continue;
            var segment = unit.Element(Xliff.Ns + "segment")!;
            segment.SetAttributeValue("state", "translated");
            segment.Add(new XElement(Xliff.Ns + "target", fixture.Translation));
        }
        var translated = new MemoryStream();
        exported.Save(translated);
        Assert.Empty(SchemaErrors(translated.ToArray()));

        var (file, findings) = Xliff.Read(new MemoryStream(translated.ToArray()), "yusuf-ar.xlf");
        Assert.Empty(findings);
        var outcome = TranslationImport.Merge(model, TranslationSet.Empty("ar"), file!, "yusuf-ar.xlf");
        Assert.Empty(outcome.Findings);
        var arabic = TranslatedCase.For(model, outcome.Set!);

        Assert.Equal("ar", file!.Language);
        Assert.Equal(texts.Count, file.Units.Count);
        Assert.Equal(6, outcome.Imported); // the fixture's book fields: not its four review fields
        Assert.Equal("بيت مارغريت", arabic.Homes.Single(h => h.Id == "margarets-house").Name);
        Assert.Equal(YusufInArabic.Set().ByKey["story[my-family].markdown"].Text, arabic.Story.Single(s => s.Id == "my-family").Markdown);
        Assert.Contains("\n\n", arabic.Story.Single(s => s.Id == "my-family").Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_translations_when_exported_again_then_current_ones_keep_their_state_and_out_of_date_ones_go_back_as_initial()
    {
        var english = YusufInArabic.Case;
        var edited = english with { People = english.People.Select(p => p.Id == "mum" ? p with { About = "Mama lives in Cairo." } : p).ToList() };
        var texts = TranslatableTexts.All(edited);

        var (file, _) = Xliff.Read(new MemoryStream(Export(ExchangeFile.For(texts, YusufInArabic.Set()))), "again.xlf");

        var units = file!.Units.ToDictionary(u => u.Key);
        Assert.Equal((TranslationState.Initial, "Mama lives in Cairo."), (units["people[mum].about"].State, units["people[mum].about"].English));
        Assert.StartsWith("ماما", units["people[mum].about"].Translation, StringComparison.Ordinal);
        Assert.Equal((TranslationState.Reviewed, "بيت مارغريت"), (units["homes[margarets-house].name"].State, units["homes[margarets-house].name"].Translation));
        Assert.Equal((TranslationState.Initial, null), (units["people[tom].about"].State, units["people[tom].about"].Translation));
    }

    [Fact]
    public void Given_a_tool_that_split_a_unit_into_segments_then_they_are_joined_again()
    {
        const string xliff = """
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="ar">
              <file id="f"><unit id="u1" name="story[my-family].title">
                <segment state="final"><source>My </source><target>عا</target></segment>
                <ignorable><source> </source></ignorable>
                <segment state="final"><source>family</source><target>ئلت<cp hex="064A"/></target></segment>
              </unit></file>
            </xliff>
            """;

        var (file, findings) = Xliff.Read(new MemoryStream(Encoding.UTF8.GetBytes(xliff)), "split.xlf");

        Assert.Empty(findings);
        Assert.Equal(new ExchangeUnit("story[my-family].title", "My  family", "عا ئلتي", TranslationState.Final, 2), file!.Units.Single());
    }

    [Theory]
    [InlineData("""<?xml version="1.0"?><!DOCTYPE xliff [<!ENTITY secret SYSTEM "file:///etc/passwd">]><xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="ar"><file id="f"><unit id="u" name="people[mum].about"><segment><source>x</source><target>&secret;</target></segment></unit></file></xliff>""", 1, "DTD")]
    [InlineData("""<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><xliff/>""", 1, "DTD")]
    [InlineData("<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\" trgLang=\"ar\">\n<file id=\"f\">\n<unit id=\"u\" name=\"x\"><segment><source>a</source></unit>\n</file></xliff>", 3, "not well-formed")]
    [InlineData("""<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2"><file/></xliff>""", 1, "not XLIFF 2.0")]
    [InlineData(DeeplyNested, 1, "nested more than 32 deep")]
    [InlineData("""<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="../../etc"><file id="f"/></xliff>""", 1, "not a language tag")]
    [InlineData("""<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="fr" trgLang="ar"><file id="f"/></xliff>""", 1, "srcLang=\"fr\"")]
    public void Given_a_hostile_or_broken_file_when_read_then_it_is_refused_with_its_line_and_a_fix(string xml, int line, string says)
    {
        if (xml == DeeplyNested) xml += string.Concat(Enumerable.Repeat("<mrk id=\"m\">", 100_000)) + string.Concat(Enumerable.Repeat("</mrk>", 100_000)) + "</target></segment></unit></file></xliff>";
        var (file, findings) = Xliff.Read(new MemoryStream(Encoding.UTF8.GetBytes(xml)), "bad.xlf");

        Assert.Null(file);
        var finding = Assert.Single(findings);
        Assert.True(finding.IsError);
        Assert.Equal("bad.xlf", finding.Location!.File);
        Assert.Equal(line, finding.Location.Line);
        Assert.Contains(says, finding.Message, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(finding.Fix));
        Assert.DoesNotContain("root:", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_unit_for_a_field_the_case_does_not_have_when_imported_then_nothing_is_imported()
    {
        const string xliff = """
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="ar">
              <file id="f">
                <unit id="u1" name="people[mum].relationship"><segment state="translated"><source>my mother</source><target>أمي</target></segment></unit>
                <unit id="u2" name="people[stranger].about"><segment state="translated"><source>Who?</source><target>من؟</target></segment></unit>
              </file>
            </xliff>
            """;
        var (file, _) = Xliff.Read(new MemoryStream(Encoding.UTF8.GetBytes(xliff)), "other-case.xlf");

        var outcome = TranslationImport.Merge(YusufInArabic.Case, TranslationSet.Empty("ar"), file!, "other-case.xlf");

        Assert.False(outcome.Succeeded);
        var finding = Assert.Single(outcome.Findings);
        Assert.Equal(("people[stranger].about", 4), (finding.Field, finding.Location!.Line));
        Assert.Equal("The case has no field people[stranger].about to translate.", finding.Message);
    }
}
