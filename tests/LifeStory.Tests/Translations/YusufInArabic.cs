using LifeStory.Cases.Loading;
using LifeStory.Cases.Model;
using LifeStory.Tests.Support;
using LifeStory.Translations;

namespace LifeStory.Tests.Translations;

/// <summary>
/// Yusuf's sample case and a translator's spreadsheet of a few of its fields in Arabic (yusuf.ar.csv beside this
/// file, saved as spreadsheet programs save CSV). The family story's translation is shortened to two paragraphs.
/// </summary>
internal static class YusufInArabic
{
    public static string Csv => Path.Combine(Repo.Root, "tests", "LifeStory.Tests", "Translations", "yusuf.ar.csv");

    public static LoadedCase Load(string? folder = null) => CaseLoader.Load(folder ?? Repo.Sample("yusuf")).Case!;

    public static Case Case => Load().Model;

    /// <summary>The spreadsheet read back, as import reads it.</summary>
    public static ExchangeFile File()
    {
        var (file, findings) = TranslationCsv.Read(System.IO.File.ReadAllText(Csv), "ar", "yusuf.ar.csv");
        Assert.Empty(findings);
        return file!;
    }

    /// <summary>The spreadsheet imported into a case with no translations yet.</summary>
    public static TranslationSet Set()
    {
        var outcome = TranslationImport.Merge(Case, TranslationSet.Empty("ar"), File(), "yusuf.ar.csv");
        Assert.Empty(outcome.Findings);
        return outcome.Set!;
    }
}
