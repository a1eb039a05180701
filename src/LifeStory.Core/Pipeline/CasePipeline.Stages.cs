using LifeStory.Audiences;
using LifeStory.Cases.Loading;
using LifeStory.Cases.Model;
using LifeStory.Checking;
using LifeStory.Documents.Files;
using LifeStory.Documents.Layout;
using LifeStory.Documents.Markdown;
using LifeStory.Documents.Model;
using LifeStory.Documents.Pictures;
using LifeStory.Documents.Text;
using LifeStory.Documents.Themes;
using LifeStory.Languages;
using LifeStory.Templating;
using LifeStory.Translations;
using LifeStory.Wording;
using Scriban.Runtime;

namespace LifeStory.Pipeline;

/// <summary>
/// The stages Compose runs, apart, so a document in two languages can read and check its case once and write it
/// in each language (Bilingual). Each adds what it finds to the findings and returns null when an error stops the run.
/// </summary>
public static partial class CasePipeline
{
    private static Composition Stopped(List<Finding> findings) => new(findings, null, new FolderPictureSource(_ => null), "");

    /// <summary>Read the case and check it for this product: the same for every language of the document.</summary>
    internal static CheckedCase? Check(RunRequest request, List<Finding> findings, IProgress<string>? progress)
    {
        // Temporary files of an earlier run that was killed outright hold the child's photos: remove them first.
        TemporaryFiles.RemoveStale(CaseFiles.PictureCache(request.CaseFolder), withSubfolders: true);

        progress?.Report("Reading the case");
        var loaded = CaseLoader.Load(request.CaseFolder);
        findings.AddRange(loaded.Findings);
        if (loaded.Case is null || findings.Any(f => f.IsError)) return null;

        progress?.Report("Checking the case");
        var skipped = SkippedPictures.From(CaseChecker.Check(loaded.Case, request.Today, PrintedPictures(request.Product, loaded.Case.Model)),
            loaded.Case, request.SkipBadPictures);
        findings.AddRange(skipped.Findings);
        if (findings.Any(f => f.IsError)) return null;
        if (request.Product == Product.Book) findings.AddRange(BookChecks.Check(loaded.Case));
        return new CheckedCase(loaded.Case, skipped, TemplateFolders.For(request.CaseFolder, request.TemplatesFolder));
    }

    /// <summary>
    /// One language's text (request.Language): its catalogue and translations, this reader's view of the case, the
    /// templates filled, and the title and marks every page carries.
    /// </summary>
    /// <param name="untranslated">This reader's view of the untranslated case, when one is made already (the English version of a bilingual document).</param>
    internal static WrittenText? Write(RunRequest request, CheckedCase checkedCase, List<Finding> findings, IProgress<string>? progress,
        ReaderView? untranslated = null)
    {
        var (loaded, folders) = (checkedCase.Loaded, checkedCase.Folders);
        // The document's fixed words, dates and numbers, in the language asked for (English unless one is).
        var language = Catalogues.Load(folders, request.Language);
        findings.AddRange(language.Findings);
        if (language.Catalogue is not { } words || findings.Any(f => f.IsError)) return null;
        // The case's own text in that language where a translator has written it (translations/<tag>.yaml), before
        // redaction, so the hidden-name checks below read the words this version really prints, in either script.
        var model = loaded.Model;
        if (!words.IsSource)
        {
            var (translations, translationFindings) = TranslationFile.Load(request.CaseFolder, words.Tag);
            findings.AddRange(translationFindings);
            if (translations is null || findings.Any(f => f.IsError)) return null;
            model = TranslatedCase.For(model, translations);
        }
        // Redaction happens here, once, on the model: no template, however written, can print what this
        // reader may not see. The same case for the same reader redacts to the same view, so a second language
        // with no translations of the case's text reuses the first one's.
        var view = untranslated is not null && ReferenceEquals(model, loaded.Model) ? untranslated
            : Redactor.For(model, request.Reader, PrivacyDefaults.From(folders));
        var forChild = view.Case;
        // The later-life letter is always written to the young person, whatever voice their book uses.
        if (request.Product == Product.LaterLifeLetter) forChild = forChild with { Book = forChild.Book with { Voice = BookVoice.You } };
        if (request.Product == Product.LaterLifeLetter && forChild.LaterLifeLetter is null)
        {
            // Pointed at the line that says the child is adopted when one does: the letter itself has no line yet.
            var at = AdoptionEvidence.PathIn(loaded.Model) is { } adopted ? loaded.Locations.Find(adopted) : null;
            findings.Add(new Finding(Severity.Error, "no-later-life-letter", at ?? new SourceLocation("case.yaml", 1, 1), "later_life_letter",
                "This case has no later-life letter yet, so there is nothing to write.",
                "Add later_life_letter: with from:, written: and markdown: to case.yaml (lifestory new shows an example)."));
            return null;
        }
        string Say(string key, params (string Name, object? Value)[] values) =>
            words.Say(key, values.ToDictionary(v => v.Name, v => v.Value), forChild.Child.Pronouns);
        var data = TemplateData.For(forChild, request.Today, view.StandIns, SupportList.From(folders).In(words), words);
        data["reader"] = request.Reader.ToString().ToLowerInvariant();
        var layout = request.EffectiveLayout;
        var band = Ages.BandFor(forChild.Child, request.Today);
        var (template, theme, title, outputName) = request.Product switch
        {
            Product.Book => ("book/book", layout.Apply(BookLook.For(forChild.Book, forChild.Child, band)),
                Say("title_book", ("name", forChild.Child.PreferredName)), "life-story-book.pdf"),
            Product.LaterLifeLetter => ("letter/later-life", layout.Apply(Theme.Letter with { ShowPageTotal = false, RunningHeader = false }),
                Say("title_later_life", ("name", forChild.Child.PreferredName)), "later-life-letter.pdf"),
            // Each reader of a conference's outcome has a document of their own, not a copy of the child's letter.
            // Its title names the conference's date, once that is chosen below.
            Product.Conference when request.EasyRead => ("conference/easy-read", layout.Apply(Theme.EasyRead), "", "conference.pdf"),
            Product.Conference => (PlanDocuments.ConferenceTemplate(request.Reader), layout.Apply(Theme.Letter), "", "conference.pdf"),
            // The plan is the young person's own: in their look (the teen one unless they chose another), whatever their age band.
            Product.PathwayPlan => ("pathway/plan", layout.Apply(BookLook.For(forChild.Book, forChild.Child, AgeBand.Teen)),
                Say("title_pathway_plan", ("name", forChild.Child.PreferredName)), "pathway-plan.pdf"),
            _ when request.EasyRead => ("minutes/easy-read", layout.Apply(Theme.EasyRead), "", "review-letter.pdf"),
            _ => ("minutes/letter", layout.Apply(Theme.Letter), "", "review-letter.pdf"),
        };
        if (request.EasyRead) data["easy_read_for"] = EasyReadRequest.Readers(forChild, loaded.Model);
        Conference? conference = null;
        if (request.Product == Product.Conference)
        {
            conference = PlanDocuments.ChooseConference(forChild, request.ConferenceDate, findings, loaded.Locations.Find("conferences"));
            if (conference is null) return null;
            var ordered = forChild.Conferences.OrderBy(c => c.Date).ToList();
            data["conference"] = ((ScriptArray)data["conferences"]!)[ordered.IndexOf(conference)];
            title = request.EasyRead
                ? Say("title_conference_easy_read", ("name", forChild.Child.PreferredName), ("date", words.Date(conference.Date)))
                : PlanDocuments.ConferenceTitle(words, request.Reader, forChild.Child.PreferredName, conference.Date);
            outputName = $"conference-{conference.Date:yyyy-MM-dd}.pdf";
        }
        if (request.Product == Product.PathwayPlan && forChild.PathwayPlan is null)
        {
            findings.Add(new Finding(Severity.Error, PlanDocuments.NoPathwayPlan, new SourceLocation("case.yaml", 1, 1), "pathway_plan",
                "This case has no pathway plan yet, so there is nothing to write.",
                "Add pathway_plan: with written: and goals: (each with area: and in_my_words:) to case.yaml."));
            return null;
        }
        Review? chosen = null;
        if (request.Product == Product.Minutes)
        {
            var review = chosen = ChooseReview(forChild, request.ReviewDate, findings, loaded.Locations.Find("reviews"));
            if (review is null) return null;
            data["review"] = ((ScriptArray)data["reviews"]!)[forChild.Reviews.OrderBy(r => r.Date).ToList().IndexOf(review)];
            title = request.EasyRead
                ? Say("title_easy_read", ("name", forChild.Child.PreferredName), ("date", words.Date(review.Date)))
                : Say("title_minutes", ("name", forChild.Child.PreferredName), ("date", words.Date(review.Date)));
            outputName = request.Reader == Audience.Child
                ? $"review-letter-{review.Date:yyyy-MM-dd}.pdf"
                : $"review-letter-{review.Date:yyyy-MM-dd}-for-{request.Reader.ToString().ToLowerInvariant()}{(request.EasyRead ? "-easy-read" : "")}.pdf";
        }
        if (request.Product != Product.Minutes && request.Reader != Audience.Child)
            outputName = Path.GetFileNameWithoutExtension(outputName) + $"-for-{request.Reader.ToString().ToLowerInvariant()}{(request.EasyRead ? "-easy-read" : "")}.pdf";
        // A document in another language sits beside the English one rather than replacing it: "review-letter-2026-08-12-ar.pdf".
        if (!words.IsSource) outputName = Path.GetFileNameWithoutExtension(outputName) + $"-{words.Tag}.pdf";
        // A conference names its reader in its own title (PlanDocuments.ConferenceTitle).
        if (request.Reader != Audience.Child && request.Product != Product.Conference)
            title = request.EasyRead
                ? Say("title_easy_read_version", ("title", title), ("reader", Say("reader_" + request.Reader.ToString().ToLowerInvariant())))
                : Say("title_version", ("title", title), ("reader", Say("reader_" + request.Reader.ToString().ToLowerInvariant())));

        // Every text this version prints is searched for what is hidden from its reader: a find stops this version.
        var meetingAt = chosen is not null ? forChild.Reviews.ToList().IndexOf(chosen)
            : conference is not null ? forChild.Conferences.ToList().IndexOf(conference) : -1;
        // A view already searched (the same one as the English version's) would only find the same again.
        if (!ReferenceEquals(view, untranslated)) findings.AddRange(HiddenNameChecks.Check(loaded, view, PrintedText(request.Product, meetingAt)));
        if (findings.Any(f => f.IsError)) return null;

        progress?.Report("Filling the templates");
        var (markdown, templateFindings) = TemplateRunner.Render(folders, template, data);
        if (markdown is not null && request.Product == Product.Book)
        {
            // "Words grown-ups use" explains only the words this book prints: the first pass finds them, the
            // second prints the page. Templating takes milliseconds, so two passes cost nothing anyone notices.
            var used = Glossary.From(folders).In(words).UsedIn(markdown);
            if (used.Count > 0)
            {
                data["glossary"] = new ScriptArray(used.Select(e => new ScriptObject
                {
                    ["word"] = MarkdownText.Escape(e.Word), ["means"] = MarkdownText.Escape(e.Means),
                }));
                (markdown, templateFindings) = TemplateRunner.Render(folders, template, data);
            }
        }
        findings.AddRange(templateFindings);
        if (markdown is null) return null;
        findings.AddRange(HiddenNameChecks.CheckOutput(markdown, view, template));
        if (findings.Any(f => f.IsError)) return null;

        var info = new DocumentInfo(title, Subject: title, Author: "LifeStory") { Language = words.Tag, RightToLeft = words.RightToLeft };
        // Practice asks for a second person to check a book before a child reads it: until the case says who
        // did, and when, every page says so.
        if (request.Product == Product.Book && forChild.Book.SignOff is null) info = info with { Watermark = Say("draft_mark") };
        // A review's record is final once its IRO signs it: until then every version of its letter is a draft.
        if (chosen is { IsSigned: false }) info = info with { Watermark = Say("unsigned_mark") };
        // The same for a conference's record (its chair signs) and a pathway plan (the young person and their adviser sign).
        if (conference is { IsSigned: false } || (request.Product == Product.PathwayPlan && forChild.PathwayPlan is { IsSigned: false }))
            info = info with { Watermark = Say("unsigned_mark") };
        // A translation nobody qualified has checked says so on every page, in English for the worker and in its own
        // language for the reader, until the council's catalogue records who checked it (checked_by:).
        if (words.NeedsChecking) info = info with { Watermark = NotCheckedMark(info.Watermark, words, forChild.Child.Pronouns) };
        return new WrittenText(markdown, info, theme, outputName, data, view, forChild, words);
    }

    /// <summary>The pages of a document's text, drawn with the case's pictures (the bad ones skipped, when asked).</summary>
    /// <param name="bilingual">For a document in two languages: which of its blocks are which language's (see Bilingual).</param>
    internal static Composition LayOut(RunRequest request, CheckedCase checkedCase, WrittenText text, string markdown, DocumentInfo info,
        List<Finding> findings, IProgress<string>? progress, Func<Documents.Model.Document, BilingualLayout?>? bilingual = null)
    {
        progress?.Report("Laying out the pages");
        var (theme, skipped) = (text.Theme, checkedCase.Skipped);
        var document = MarkdownReader.Read(markdown, info);
        // Prepared pictures are cached inside the case folder (never a shared place: they are the child's
        // pictures), so making the book again after a text edit decodes no photo.
        // Skipped bad pictures resolve to no file, so the layout draws a placeholder for each.
        var pictures = new FolderPictureSource(skipped.Hide(source =>
            CaseFiles.TryResolve(request.CaseFolder, source, out var full, out _) ? full : null),
            request.PreparedPictures is null ? CaseFiles.UsablePictureCache(request.CaseFolder) : null, request.PreparedPictures);
        var laidOut = LayoutEngine.Layout(document, theme, FontLibrary.For(theme.Fonts), pictures, bilingual?.Invoke(document));
        findings.AddRange(laidOut.Problems.Where(p => !skipped.Explains(p)).Select(p => new Finding(Severity.Warning, "picture-problem", null, "", p)));
        return new Composition(findings, laidOut, pictures, text.OutputName, markdown)
        {
            SkippedPictures = skipped.Files, TemplateData = text.Data, Redaction = SummaryFor(request.Product, text.View.Summary),
            OtherLanguage = text.Words.IsSource ? FirstLanguage(text.ForChild) : CaseTextLanguage,
        };
    }
}
