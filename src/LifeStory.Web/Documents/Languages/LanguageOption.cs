namespace LifeStory.Web.Documents.Languages;

/// <summary>One catalogue a document can be written in, as a worker chooses it: "العربية (Arabic) — translation not yet checked".</summary>
/// <param name="OwnName">The language's name in itself, from the catalogue's name: ("العربية").</param>
/// <param name="EnglishName">Its English name ("Arabic"), for a worker who reads neither script.</param>
/// <param name="NeedsChecking">No qualified translator has checked it yet: every page of a document in it says so.</param>
public sealed record LanguageOption(string Tag, string OwnName, string EnglishName, bool NeedsChecking)
{
    public string Label => (OwnName == EnglishName ? OwnName : $"{OwnName} ({EnglishName})") + (NeedsChecking ? " — translation not yet checked" : "");

    /// <summary>The same, for the choice of a document in English and this language.</summary>
    public string BothLabel => $"English and {Label}, in two languages";
}
