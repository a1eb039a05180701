using LifeStory.Audiences;
using LifeStory.Cases.Loading;
using LifeStory.Cases.Model;
using LifeStory.Checking;
using LifeStory.Documents.Files;
using LifeStory.Documents.Layout;
using LifeStory.Documents.Markdown;
using LifeStory.Documents.Model;
using LifeStory.Documents.Pictures;
using LifeStory.Documents.Rendering;
using LifeStory.Documents.Rendering.Html;
using LifeStory.Documents.Text;
using LifeStory.Documents.Themes;
using LifeStory.Languages;
using LifeStory.Output;
using LifeStory.Templating;
using LifeStory.Translations;
using LifeStory.Wording;
using Scriban.Runtime;

namespace LifeStory.Pipeline;

/// <summary>
/// The one pipeline every product goes through, in the order a social worker would describe it:
/// load the case → check it → keep only what this reader may see → fill the templates → read the Markdown
/// → lay out pages → draw the PDF → save it safely. Each stage returns findings; the first stage with an
/// error stops the run and nothing is written.
/// </summary>
public static class CasePipeline
{
    /// <summary>The code of the error for a case with no review meetings at all, which a batch counts as nothing to write, not a failure.</summary>
    public const string NoReviews = "no-reviews";

    /// <summary>Printed on every page of a book nobody has checked yet.</summary>
    public const string DraftWords = "DRAFT — not yet checked";

    /// <summary>Printed on every page of a review letter its IRO has not signed yet.</summary>
    public const string UnsignedWords = "DRAFT — not yet signed";

    public static RunResult Run(RunRequest request, IProgress<string>? progress = null)
    {
        if (request.Booklet && request.Format != OutputFormat.Pdf)
            throw new ArgumentException($"A booklet is a PDF to print; it cannot be written as {request.Format}.", nameof(request));
        using var composition = Compose(request, progress);
        if (composition.Pages is null) return new RunResult(composition.Findings, null, 0);

        progress?.Report(request.Booklet ? "Arranging the pages as a booklet" : request.Format switch
        {
            OutputFormat.Png => "Drawing the pages",
            OutputFormat.Html => "Writing the web page",
            OutputFormat.Markdown => "Writing the Markdown",
            _ => "Writing the PDF",
        });
        var fileName = Path.ChangeExtension(composition.FileName, Renditions.Extension(request.Format));
        if (request.Booklet) fileName = Renditions.BookletName(fileName);
        var output = request.OutputPath ?? Path.Combine(request.CaseFolder, "output", fileName);
        OutputPlace.Check(output, request.CaseFolder, [], request.TemplatesFolder is { } templates ? [templates] : []);
        output = request.Booklet ? Renditions.WriteBooklet(composition, output) : Renditions.Write(composition, request.Format, output)[0];
        return new RunResult(composition.Findings, output, composition.Pages.Pages.Count)
        {
            SkippedPictures = composition.SkippedPictures,
            Redaction = composition.Redaction,
            // The translation's own mark is not a draft of the case: a signed record in an unchecked translation is final.
            Draft = composition.Pages.Info.Watermark is { } mark && !mark.StartsWith(NotCheckedWords, StringComparison.Ordinal),
            TranslationNotChecked = composition.Pages.Info.Watermark?.Contains(NotCheckedWords, StringComparison.Ordinal) == true,
            Sheets = request.Booklet ? Renditions.BookletSheets(composition.Pages.Pages.Count) : 0,
        };
    }

    /// <summary>Every stage up to laid-out pages, which any renderer (PDF, PNG previews, tests) can then draw.</summary>
    public static Composition Compose(RunRequest request, IProgress<string>? progress = null)
    {
        if (request.Bilingual is { } second) return Bilingual.Compose(request, second, progress);
        EasyReadRequest.Check(request);
        var findings = new List<Finding>();
        Composition Stop() => new(findings, null, new FolderPictureSource(_ => null), "");

        // Temporary files of an earlier run that was killed outright hold the child's photos: remove them first.
        TemporaryFiles.RemoveStale(CaseFiles.PictureCache(request.CaseFolder), withSubfolders: true);

        progress?.Report("Reading the case");
        var loaded = CaseLoader.Load(request.CaseFolder);
        findings.AddRange(loaded.Findings);
        if (loaded.Case is null || findings.Any(f => f.IsError)) return Stop();

        progress?.Report("Checking the case");
        var skipped = SkippedPictures.From(CaseChecker.Check(loaded.Case, request.Today, PrintedPictures(request.Product, loaded.Case.Model)),
            loaded.Case, request.SkipBadPictures);
        findings.AddRange(skipped.Findings);
        if (findings.Any(f => f.IsError)) return Stop();
        if (request.Product == Product.Book) findings.AddRange(BookChecks.Check(loaded.Case));

        // Redaction happens here, once, on the model: no template, however written, can print what this
        // reader may not see.
        var folders = TemplateFolders.For(request.CaseFolder, request.TemplatesFolder);
        // The document's fixed words, dates and numbers, in the language asked for (English unless one is).
        var language = Catalogues.Load(folders, request.Language);
        findings.AddRange(language.Findings);
        if (language.Catalogue is not { } words || findings.Any(f => f.IsError)) return Stop();
        // The case's own text in that language where a translator has written it (translations/<tag>.yaml), before
        // redaction, so the hidden-name checks below read the words this version really prints, in either script.
        var model = loaded.Case.Model;
        if (!words.IsSource)
        {
            var (translations, translationFindings) = TranslationFile.Load(request.CaseFolder, words.Tag);
            findings.AddRange(translationFindings);
            if (translations is null || findings.Any(f => f.IsError)) return Stop();
            model = TranslatedCase.For(model, translations);
        }
        var view = Redactor.For(model, request.Reader, PrivacyDefaults.From(folders));
        var forChild = view.Case;
        // The later-life letter is always written to the young person, whatever voice their book uses.
        if (request.Product == Product.LaterLifeLetter) forChild = forChild with { Book = forChild.Book with { Voice = BookVoice.You } };
        if (request.Product == Product.LaterLifeLetter && forChild.LaterLifeLetter is null)
        {
            // Pointed at the line that says the child is adopted when one does: the letter itself has no line yet.
            var at = AdoptionEvidence.PathIn(loaded.Case.Model) is { } adopted ? loaded.Case.Locations.Find(adopted) : null;
            findings.Add(new Finding(Severity.Error, "no-later-life-letter", at ?? new SourceLocation("case.yaml", 1, 1), "later_life_letter",
                "This case has no later-life letter yet, so there is nothing to write.",
                "Add later_life_letter: with from:, written: and markdown: to case.yaml (lifestory new shows an example)."));
            return Stop();
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
        if (request.EasyRead) data["easy_read_for"] = EasyReadRequest.Readers(forChild, loaded.Case.Model);
        Conference? conference = null;
        if (request.Product == Product.Conference)
        {
            conference = PlanDocuments.ChooseConference(forChild, request.ConferenceDate, findings, loaded.Case.Locations.Find("conferences"));
            if (conference is null) return Stop();
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
            return Stop();
        }
        Review? chosen = null;
        if (request.Product == Product.Minutes)
        {
            var review = chosen = ChooseReview(forChild, request.ReviewDate, findings, loaded.Case.Locations.Find("reviews"));
            if (review is null) return Stop();
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
        findings.AddRange(HiddenNameChecks.Check(loaded.Case, view, PrintedText(request.Product, meetingAt)));
        if (findings.Any(f => f.IsError)) return Stop();

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
        if (markdown is null) return Stop();
        findings.AddRange(HiddenNameChecks.CheckOutput(markdown, view, template));
        if (findings.Any(f => f.IsError)) return Stop();

        progress?.Report("Laying out the pages");
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
        var document = MarkdownReader.Read(markdown, info);
        // Prepared pictures are cached inside the case folder (never a shared place: they are the child's
        // pictures), so making the book again after a text edit decodes no photo.
        // Skipped bad pictures resolve to no file, so the layout draws a placeholder for each.
        var pictures = new FolderPictureSource(skipped.Hide(source =>
            CaseFiles.TryResolve(request.CaseFolder, source, out var full, out _) ? full : null),
            request.PreparedPictures is null ? CaseFiles.UsablePictureCache(request.CaseFolder) : null, request.PreparedPictures);
        var laidOut = LayoutEngine.Layout(document, theme, FontLibrary.For(theme.Fonts), pictures);
        findings.AddRange(laidOut.Problems.Where(p => !skipped.Explains(p)).Select(p => new Finding(Severity.Warning, "picture-problem", null, "", p)));
        return new Composition(findings, laidOut, pictures, outputName, markdown) { SkippedPictures = skipped.Files, TemplateData = data, Redaction = SummaryFor(request.Product, view.Summary), OtherLanguage = words.IsSource ? FirstLanguage(forChild) : CaseTextLanguage };
    }

    /// <summary>
    /// In a document in another language the case's own text (the story, what people said) is still English, as it
    /// was written: runs in another script than the document's are marked as English, so a screen reader switches voice.
    /// </summary>
    private static readonly OtherLanguage CaseTextLanguage = new(Catalogues.Default, []);

    /// <summary>The words in English that say a translation is not checked yet.</summary>
    public const string NotCheckedWords = "Translation not yet checked";

    /// <summary>"DRAFT — not yet signed · Translation not yet checked · (the same in the document's language)".</summary>
    private static string NotCheckedMark(string? draft, Catalogue words, Pronouns pronouns)
    {
        var own = words.Say("not_checked_mark", null, pronouns);
        var mark = own == NotCheckedWords ? NotCheckedWords : NotCheckedWords + " · " + own;
        return draft is null ? mark : draft + " · " + mark;
    }

    /// <summary>
    /// The pictures of a case folder as a composition draws them, for drawing more pages of a layout kept from an
    /// earlier run (a server's preview draws the page being edited at once and the others only when looked at).
    /// </summary>
    public static FolderPictureSource PicturesIn(string caseFolder, PreparedPictureMemory memory) =>
        new(source => CaseFiles.TryResolve(caseFolder, source, out var full, out _) ? full : null, null, memory);

    /// <summary>A letter speaks of its meeting and the people in it; a book of everything but the meetings.</summary>
    private static RedactionSummary SummaryFor(Product product, RedactionSummary summary) => product switch
    {
        Product.Minutes => summary.Only(kind => kind == "person" || RedactionSummary.ReviewKinds.Contains(kind)),
        Product.Conference => summary.Only(kind => kind == "person" || RedactionSummary.ConferenceKinds.Contains(kind)),
        Product.PathwayPlan => summary.Only(kind => kind == "person" || RedactionSummary.PathwayKinds.Contains(kind)),
        _ => summary.Only(kind => !RedactionSummary.PlanOrMeeting(kind)),
    };

    /// <summary>
    /// The case fields a product prints, by path: a review letter prints the people's names and its own review,
    /// not the story; a book and the later-life letter print everything but the review meetings.
    /// </summary>
    private static Func<string, bool> PrintedText(Product product, int meeting) => product switch
    {
        Product.Minutes => path => path.StartsWith($"reviews[{meeting}]", StringComparison.Ordinal) || AboutPeople(path),
        Product.Conference => path => path.StartsWith($"conferences[{meeting}]", StringComparison.Ordinal) || AboutPeople(path),
        // A pathway plan also prints its adviser's few words about themselves.
        Product.PathwayPlan => path => path.StartsWith("pathway_plan", StringComparison.Ordinal) || AboutPeople(path)
            || (path.StartsWith("people[", StringComparison.Ordinal) && path.EndsWith(".about", StringComparison.Ordinal)),
        _ => path => !path.StartsWith("reviews[", StringComparison.Ordinal) && !path.StartsWith("conferences[", StringComparison.Ordinal)
            && !path.StartsWith("pathway_plan", StringComparison.Ordinal),
    };

    /// <summary>What any letter or plan prints of the case beyond its own part: the child, and people's names and roles.</summary>
    private static bool AboutPeople(string path) => path.StartsWith("child.", StringComparison.Ordinal)
        || (path.StartsWith("people[", StringComparison.Ordinal) && (path.EndsWith(".name", StringComparison.Ordinal)
            || path.EndsWith(".known_as", StringComparison.Ordinal) || path.EndsWith(".relationship", StringComparison.Ordinal)));

    /// <summary>
    /// The picture files a product can print: the book prints any of them; a review letter at most the faces of
    /// the people in it and the child's own photo; the later-life letter none. Only these are decoded to check.
    /// </summary>
    private static Func<string, bool>? PrintedPictures(Product product, Case model)
    {
        if (product == Product.Book) return null;
        if (product is Product.LaterLifeLetter or Product.Conference or Product.PathwayPlan) return _ => false;
        var faces = model.People.Select(p => p.Photo).Append(model.Child.CoverPhoto).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var files = model.Photos.Where(p => faces.Contains(p.Id)).Select(p => p.File).ToHashSet(StringComparer.Ordinal);
        return files.Contains;
    }

    /// <param name="reviewsAt">Where the list of reviews starts: a date the case lacks is reported there, among the dates it has.</param>
    /// <summary>
    /// The child's first language when it is not English (the books are written in English), with what this reader's
    /// version prints in it: words that carry a translation were said in it, and the child's name in its script.
    /// </summary>
    private static OtherLanguage? FirstLanguage(Case visible)
    {
        var tag = LanguageTags.For(visible.Child.FirstLanguage);
        if (tag is null || tag.Split('-')[0] == "en") return null;
        var phrases = visible.MyWords.Where(w => w.Translation is not null).Select(w => w.Words)
            .Append(visible.Child.NameInFirstLanguage).OfType<string>().ToList();
        return new OtherLanguage(tag, phrases);
    }

    private static Review? ChooseReview(Case model, DateOnly? date, List<Finding> findings, SourceLocation? reviewsAt)
    {
        var reviews = model.Reviews.OrderBy(r => r.Date).ToList();
        if (reviews.Count == 0)
        {
            findings.Add(new Finding(Severity.Error, NoReviews, new SourceLocation("case.yaml", 1, 1), "reviews",
                "This case has no review meetings, so there is no letter to write.", "Add a meeting under reviews: in case.yaml."));
            return null;
        }
        if (date is null) return reviews[^1];
        var match = reviews.FirstOrDefault(r => r.Date == date);
        if (match is null)
            findings.Add(new Finding(Severity.Error, "no-review", reviewsAt ?? new SourceLocation("case.yaml", 1, 1), "reviews",
                $"There is no review meeting on {date:yyyy-MM-dd}.",
                $"Use one of: {string.Join(", ", reviews.Select(r => r.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)))}."));
        return match;
    }
}
