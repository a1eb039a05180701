using System.Xml.Linq;
using LifeStory.Tests.Cli;
using LifeStory.Tests.Support;
using LifeStory.Translations;

namespace LifeStory.Tests.Translations;

public sealed class TranslationsCliTests
{
    [Fact]
    public void Given_minutes_exported_as_XLIFF_and_translated_when_imported_then_translations_ar_yaml_holds_them_and_check_finds_them()
    {
        using var temp = new TempFolder();
        var folder = temp.CopyOf(Repo.Sample("yusuf"));
        var xlf = temp.File("yusuf-ar.xlf");

        var export = CliRunner.Run(temp.Path, "translations", "export", folder, "--language", "ar", "--product", "minutes", "--review-date", "2026-08-12", "-o", xlf);
        Assert.True(export.ExitCode == 0, export.Output + export.Errors);
        Assert.Contains("28 texts, 28 to translate, 0 out of date.", export.Output, StringComparison.Ordinal);
        var document = XDocument.Load(xlf, LoadOptions.PreserveWhitespace);
        var unit = document.Descendants(Xliff.Ns + "unit").Single(u => (string?)u.Attribute("name") == "reviews[2026-08-12].decisions[1].what");
        unit.Element(Xliff.Ns + "segment")!.SetAttributeValue("state", "translated");
        unit.Element(Xliff.Ns + "segment")!.Add(new XElement(Xliff.Ns + "target", "سيذهب خالد مع يوسف لمقابلة محاميه."));
        document.Save(xlf);

        var import = CliRunner.Run(temp.Path, "translations", "import", folder, xlf);

        Assert.True(import.ExitCode == 0, import.Output + import.Errors);
        Assert.Contains("Imported 1 translation into translations/ar.yaml.", import.Output, StringComparison.Ordinal);
        var (set, _) = TranslationFile.Load(folder, "ar");
        Assert.Equal("سيذهب خالد مع يوسف لمقابلة محاميه.", set!.ByKey["reviews[2026-08-12].decisions[1].what"].Text);
        var check = CliRunner.Run(temp.Path, "check", folder, "--today", "2026-11-23");
        Assert.Contains("warning: people[0].about: This text has no ar translation yet", check.Output + check.Errors, StringComparison.Ordinal);
        Assert.Equal(0, check.ExitCode);
    }

    [Fact]
    public void Given_the_Arabic_spreadsheet_when_imported_then_it_needs_its_language_and_then_writes_it()
    {
        using var temp = new TempFolder();
        var folder = temp.CopyOf(Repo.Sample("yusuf"));

        var unnamed = CliRunner.Run(temp.Path, "translations", "import", folder, YusufInArabic.Csv);
        var named = CliRunner.Run(temp.Path, "translations", "import", folder, YusufInArabic.Csv, "--language", "ar");

        Assert.Equal(1, unnamed.ExitCode);
        Assert.Contains("A CSV file does not say its language. Add --language", unnamed.Errors, StringComparison.Ordinal);
        Assert.True(named.ExitCode == 0, named.Output + named.Errors);
        Assert.Contains("Imported 10 translations into translations/ar.yaml.", named.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_imported_Arabic_translations_when_the_letter_is_written_in_Arabic_then_it_prints_them_and_the_English_letter_does_not()
    {
        using var temp = new TempFolder();
        var folder = temp.CopyOf(Repo.Sample("yusuf"));
        Assert.Equal(0, CliRunner.Run(temp.Path, "translations", "import", folder, YusufInArabic.Csv, "--language", "ar").ExitCode);

        var arabic = CliRunner.Run(temp.Path, "minutes", folder, "--language", "ar", "--today", "2026-11-23", "--format", "html", "-q");
        var english = CliRunner.Run(temp.Path, "minutes", folder, "--today", "2026-11-23", "--format", "html", "-q");

        Assert.True(arabic.ExitCode == 0 && english.ExitCode == 0, arabic.Errors + english.Errors);
        var inArabic = File.ReadAllText(Path.Combine(folder, "output", "review-letter-2026-08-12-ar.html"));
        var inEnglish = File.ReadAllText(Path.Combine(folder, "output", "review-letter-2026-08-12.html"));
        Assert.Contains("يرى يوسف مستشارته كل يوم ثلاثاء وينام أفضل بكثير.", inArabic, StringComparison.Ordinal);
        Assert.DoesNotContain("Yusuf sees his counsellor every Tuesday", inArabic, StringComparison.Ordinal);
        Assert.Contains("Yusuf sees his counsellor every Tuesday and is sleeping much better.", inEnglish, StringComparison.Ordinal);
        Assert.DoesNotContain("يرى يوسف", inEnglish, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_broken_file_when_imported_then_the_last_good_translations_are_untouched_and_it_exits_2()
    {
        using var temp = new TempFolder();
        var folder = temp.CopyOf(Repo.Sample("yusuf"));
        Assert.Equal(0, CliRunner.Run(temp.Path, "translations", "import", folder, YusufInArabic.Csv, "-l", "ar").ExitCode);
        var good = File.ReadAllBytes(TranslationFile.PathIn(folder, "ar"));
        File.WriteAllText(temp.File("evil.xlf"), """<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><xliff>&e;</xliff>""");

        var evil = CliRunner.Run(temp.Path, "translations", "import", folder, temp.File("evil.xlf"));

        Assert.Equal(2, evil.ExitCode);
        Assert.Contains("evil.xlf:1:", evil.Output + evil.Errors, StringComparison.Ordinal);
        Assert.Contains("DTD", evil.Output + evil.Errors, StringComparison.Ordinal);
        Assert.Contains("Nothing was imported.", evil.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", evil.Output + evil.Errors, StringComparison.Ordinal);
        Assert.Equal(good, File.ReadAllBytes(TranslationFile.PathIn(folder, "ar")));
    }

    [Fact]
    public void Given_a_language_that_is_not_a_tag_when_exporting_then_it_is_a_usage_error_and_nothing_is_written()
    {
        using var temp = new TempFolder();
        var folder = temp.CopyOf(Repo.Sample("yusuf"));

        var bad = CliRunner.Run(temp.Path, "translations", "export", folder, "--language", "../../x");
        var english = CliRunner.Run(temp.Path, "translations", "export", folder, "--language", "en");

        Assert.Equal((1, 1), (bad.ExitCode, english.ExitCode));
        Assert.Contains("is not a language tag", bad.Errors, StringComparison.Ordinal);
        Assert.Contains("is English", english.Errors, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(folder, "output")));
    }

    [Fact]
    public void Given_minutes_for_a_day_with_no_review_when_exporting_then_it_says_which_days_there_are_and_exits_2()
    {
        using var temp = new TempFolder();
        var folder = temp.CopyOf(Repo.Sample("yusuf"));

        var outcome = CliRunner.Run(temp.Path, "translations", "export", folder, "-l", "ar", "--product", "minutes", "--review", "2026-03-01");

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("The case has no review on 2026-03-01. Give one of: 2026-02-18, 2026-08-12.", outcome.Errors, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(folder, "output")));
    }
}
