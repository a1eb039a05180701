using LifeStory.Cases.Loading;
using LifeStory.Checking;
using LifeStory.Tests.Support;
using LifeStory.Translations;

namespace LifeStory.Tests.Translations;

public sealed class TranslationChecksTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Fact]
    public void Given_a_case_with_no_translations_then_check_says_nothing_about_them()
    {
        var findings = EveryCheck.Run(CaseLoader.Load(Repo.Sample("yusuf")), Today, null);

        Assert.DoesNotContain(findings, f => f.Code.StartsWith("translation-", StringComparison.Ordinal));
    }

    [Fact]
    public void Given_some_fields_translated_then_check_lists_each_missing_one_at_its_English()
    {
        using var temp = new TempFolder();
        var folder = temp.CopyOf(Repo.Sample("yusuf"));
        TranslationFile.Save(folder, YusufInArabic.Set());

        var findings = EveryCheck.Run(CaseLoader.Load(folder), Today, null).Where(f => f.Code.StartsWith("translation-", StringComparison.Ordinal)).ToList();

        var all = TranslatableTexts.All(YusufInArabic.Case);
        Assert.Equal(all.Count - 10, findings.Count);
        Assert.All(findings, f => Assert.Equal((TranslationChecks.Missing, Severity.Warning), (f.Code, f.Severity)));
        var tom = Assert.Single(findings, f => f.Field == "people[5].about");
        Assert.Equal(new SourceLocation("case.yaml", 59, 12), tom.Location);
        Assert.Equal("This text has no ar translation yet (translations/ar.yaml: people[tom].about), so the ar version prints it in English.", tom.Message);
        Assert.Equal("Run lifestory translations export with --language ar, have it translated, and import it back.", tom.Fix);
        Assert.DoesNotContain(findings, f => f.Field == "people[0].about");
    }

    [Fact]
    public void Given_the_English_edited_in_case_yaml_after_translating_then_check_says_the_translation_is_out_of_date()
    {
        using var temp = new TempFolder();
        var folder = temp.CopyOf(Repo.Sample("yusuf"));
        TranslationFile.Save(folder, YusufInArabic.Set());
        var yaml = Path.Combine(folder, "case.yaml");
        File.WriteAllText(yaml, File.ReadAllText(yaml).Replace("    relationship: my mother\n", "    relationship: my mum\n", StringComparison.Ordinal));

        var findings = TranslationChecks.Check(CaseLoader.Load(folder).Case!, "ar");

        var stale = Assert.Single(findings, f => f.Code == TranslationChecks.OutOfDate);
        Assert.Equal(("people[0].relationship", Severity.Warning, 29), (stale.Field, stale.Severity, stale.Location!.Line));
        Assert.Equal("This English changed after it was translated into ar (translations/ar.yaml: people[mum].relationship), so the ar version prints the English until it is translated again.",
            stale.Message);
    }

    [Fact]
    public void Given_a_translated_item_taken_out_of_case_yaml_then_check_says_its_translation_is_not_used()
    {
        using var temp = new TempFolder();
        var folder = temp.CopyOf(Repo.Sample("yusuf"));
        TranslationFile.Save(folder, YusufInArabic.Set());
        var yaml = Path.Combine(folder, "case.yaml");
        File.WriteAllText(yaml, File.ReadAllText(yaml).Replace("  - id: my-family\n", "  - id: our-family\n", StringComparison.Ordinal));

        var findings = TranslationChecks.Check(CaseLoader.Load(folder).Case!, "ar").Where(f => f.Code == TranslationChecks.Unknown).ToList();

        Assert.Equal(["story[my-family].markdown", "story[my-family].title"], findings.Select(f => f.Field));
        Assert.All(findings, f => Assert.Equal("translations/ar.yaml", f.Location!.File));
    }

    [Fact]
    public void Given_a_broken_translations_file_then_check_reports_an_error_in_that_file()
    {
        using var temp = new TempFolder();
        var folder = temp.CopyOf(Repo.Sample("yusuf"));
        Directory.CreateDirectory(Path.Combine(folder, "translations"));
        File.WriteAllText(Path.Combine(folder, "translations", "ar.yaml"), "language: ar\ntranslations: {\n");

        var findings = EveryCheck.Run(CaseLoader.Load(folder), Today, null);

        var broken = Assert.Single(findings, f => f.Code == "translation-file");
        Assert.True(broken.IsError);
        Assert.Equal("translations/ar.yaml", broken.Location!.File);
    }
}
