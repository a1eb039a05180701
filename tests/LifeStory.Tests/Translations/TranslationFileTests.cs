using LifeStory.Checking;
using LifeStory.Output;
using LifeStory.Tests.Support;
using LifeStory.Translations;

namespace LifeStory.Tests.Translations;

public sealed class TranslationFileTests
{
    [Fact]
    public void Given_Arabic_translations_when_saved_and_loaded_then_every_one_comes_back_exactly()
    {
        using var folder = new TempFolder();
        var set = YusufInArabic.Set().With([new Translation("people[tom].about", "0123456789ab", "  سطر أول \nسطر \"ثانٍ\": نعم # لا\n", TranslationState.Initial)]);

        TranslationFile.Save(folder.Path, set);
        var (loaded, findings) = TranslationFile.Load(folder.Path, "ar");

        Assert.Empty(findings);
        Assert.Equal(set.ByKey.Values.OrderBy(t => t.Key, StringComparer.Ordinal), loaded!.ByKey.Values.OrderBy(t => t.Key, StringComparer.Ordinal));
        Assert.Equal(["ar"], TranslationFile.Languages(folder.Path));
        Assert.Contains("text: |", File.ReadAllText(TranslationFile.PathIn(folder.Path, "ar")), StringComparison.Ordinal);
    }

    [Fact]
    public void Given_the_disk_fills_while_saving_then_the_last_good_file_is_untouched_and_no_temporary_file_is_left()
    {
        using var folder = new TempFolder();
        TranslationFile.Save(folder.Path, TranslationSet.Empty("ar").With(YusufInArabic.Set().ByKey.Values.Take(2)));
        var good = File.ReadAllBytes(TranslationFile.PathIn(folder.Path, "ar"));

        Assert.Throws<DiskFullException>(() => TranslationFile.Save(folder.Path, YusufInArabic.Set(), path => new FullDisk(path, 100)));

        Assert.Equal(good, File.ReadAllBytes(TranslationFile.PathIn(folder.Path, "ar")));
        Assert.Equal(["ar.yaml"], Directory.GetFiles(Path.Combine(folder.Path, "translations")).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("language: ar\ntranslations:\n  - field: people[mum].about\n    english: abc\n    text: [unclosed\n", 5, "")]
    [InlineData("language: pl\ntranslations: []\n", 1, "language")]
    [InlineData("language: ar\ntranslations:\n  - field: people[mum].about\n    text: ماما\n", 3, "translations[0]")]
    [InlineData("language: ar\ntranslations:\n  - { field: a, english: b, text: c, state: done }\n", 3, "translations[0].state")]
    [InlineData("language: ar\ntranslations:\n  - { field: a, english: b, text: c }\n  - { field: a, english: b, text: d }\n", 4, "translations[1]")]
    [InlineData("a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\n", 6, "")]
    public void Given_a_broken_translations_file_then_it_is_not_used_and_the_problem_names_its_line(string yaml, int line, string field)
    {
        var (set, findings) = TranslationFile.Read(yaml, "ar");

        Assert.Null(set);
        var finding = Assert.Single(findings);
        Assert.Equal((Severity.Error, "translations/ar.yaml", line, field), (finding.Severity, finding.Location!.File, finding.Location.Line, finding.Field));
        Assert.False(string.IsNullOrWhiteSpace(finding.Fix));
    }

    [Theory]
    [InlineData("ar", null)]
    [InlineData("pt-BR", null)]
    [InlineData("../case", "not a language tag")]
    [InlineData("ar.yaml", "not a language tag")]
    [InlineData("en-GB", "is English")]
    public void Language_tags_name_a_file_so_only_BCP_47_shapes_are_accepted(string tag, string? problem)
    {
        if (problem is null) Assert.Null(LanguageTag.Problem(tag));
        else Assert.Contains(problem, LanguageTag.Problem(tag), StringComparison.Ordinal);
    }

    private sealed class FullDisk(string path, long room) : FileStream(path, FileMode.CreateNew, FileAccess.Write)
    {
        private long _written;

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            _written += buffer.Length;
            if (_written > room) throw new IOException("No space left on device", 28);
            base.Write(buffer);
        }

        public override void WriteByte(byte value) => Write([value]);
    }
}
