using LifeStory.Pipeline;
using LifeStory.Web.Children;
using LifeStory.Web.Documents.Languages;
using LifeStory.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace LifeStory.Web.Documents;

/// <summary>A page that makes a document of one child's latest revision: access first, then the pipeline (cached).</summary>
public abstract class DocumentPage(ChildAccess access, RevisionStore revisions, DocumentMaker maker, LanguageChoices languages) : ChildPage(access)
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)] public string Product { get; set; } = "";

    [BindProperty(SupportsGet = true)] public string Reader { get; set; } = "";

    /// <summary>For a review letter, the meeting's day (?date=2026-09-15); the latest meeting when absent.</summary>
    [BindProperty(SupportsGet = true)] public string? Date { get; set; }

    /// <summary>The words it is written in (?language=ar, en+ar or easy-read; see <see cref="DocumentLanguage"/>); English when absent.</summary>
    [BindProperty(SupportsGet = true)] public string? Language { get; set; }

    public DocumentKind? Kind => DocumentKind.Parse(Product, Reader, Date) is { } kind && DocumentLanguage.Parse(Language) is { } language
        ? kind with { Language = language } : null;

    /// <summary>What stops the document being made as asked (a language with no catalogue, easy read of another document), to show the person.</summary>
    public string? Problem { get; private set; }

    /// <summary>The meeting and the language, carried from the preview to its pages and downloads.</summary>
    public string Query
    {
        get
        {
            var parts = new List<string>();
            if (!string.IsNullOrEmpty(Date)) parts.Add("date=" + Uri.EscapeDataString(Date));
            if (Kind is { Language.IsEnglish: false } kind) parts.Add("language=" + Uri.EscapeDataString(kind.Language.Value));
            return parts.Count == 0 ? "" : "?" + string.Join("&", parts);
        }
    }

    protected async Task<(IActionResult? Refused, Rendition? Made)> MakeAsync(ChildAction action, OutputFormat format)
    {
        if (await RefuseAsync(Id, action) is { } refused) return (refused, null);
        if (Kind is not { } kind) return (NotFound(), null);
        if (await languages.CheckAsync(Language, HttpContext.RequestAborted) is null)
        {
            Problem = $"Language: there are no words for \"{Language}\" in the templates in use. Choose English or one of the languages in the list.";
            return (null, null);
        }
        if (!kind.Language.Fits(kind.Product, kind.Reader))
        {
            Problem = "Easy read: it is made of the review letter for parents only. Choose \"Latest review letter\" for parents, or another language.";
            return (null, null);
        }
        var latest = await revisions.LatestAsync(Id, HttpContext.RequestAborted);
        if (latest is null) return (NotFound(), null);
        var made = await maker.MakeAsync(latest, () => revisions.ReadAsync(latest, CancellationToken.None), kind, format, HttpContext.RequestAborted);
        return (null, made);
    }
}
