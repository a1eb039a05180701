using System.Globalization;
using LifeStory.Audiences;
using LifeStory.Cases.Model;
using LifeStory.Languages;
using LifeStory.Wording;
using Scriban.Runtime;
using static LifeStory.Templating.ScriptValues;

namespace LifeStory.Templating;

/// <summary>
/// The case as templates see it: plain values only, text already escaped, dates already in the child's
/// words, names as the child knows them. The case given here has already been filtered for its reader.
/// </summary>
public static class TemplateData
{
    /// <param name="standIns">
    /// General words for people this reader may not know about ("a teacher"), by id: something that points at one
    /// of them says this instead. An id itself is never printed.
    /// </param>
    /// <param name="support">The council's support organisations (settings/support.yaml); the page offers those that fit this child.</param>
    /// <param name="words">The document's language: its fixed words (<c>t</c>), dates and numbers. English when not given.</param>
    public static ScriptObject For(Case model, DateOnly today, IReadOnlyDictionary<string, string>? standIns = null, SupportList? support = null,
        Catalogue? words = null)
    {
        words ??= BuiltInEnglish.Value;
        var child = model.Child;
        var band = Ages.BandFor(child, today);
        // Photos marked to wait for an older child are gone before any template could show them.
        model = AudienceFilter.ForAgeBand(model, band);
        var voice = Voice.For(child, model.Book.Voice);
        var pronoun = Pronoun.For(child.Pronouns);
        var photos = model.Photos.ToDictionary(p => p.Id);
        var people = model.People.ToDictionary(p => p.Id);
        string PhotoPicture(Photo photo) => Picture(photo.File, Text(photo.Caption), PhotoAttributes(photo, band));
        string? PictureOf(string? photoId) =>
            photoId is not null && photos.TryGetValue(photoId, out var photo) ? PhotoPicture(photo) : null;
        var drawings = model.Drawings.ToDictionary(d => d.Id);
        // Photos the book already shows elsewhere (the cover, a person's or a home's), so the timeline need not
        // print them a second time.
        var shownElsewhere = model.People.Select(p => p.Photo).Concat(model.Homes.Select(h => h.Photo)).Append(child.CoverPhoto)
            .OfType<string>().ToHashSet(StringComparer.Ordinal);
        // Who lived in a home comes from dates too: nobody is listed before they were born or after they died.
        IReadOnlyList<string> LivedThere(Home home) => home.People.Where(id => !people.TryGetValue(id, out var p) ||
            ((p.Born is null || home.To is null || p.Born.CompareTo(home.To) < 0) && (p.Died is null || home.From.CompareTo(p.Died) < 0))).ToList();
        var livesWithChild = model.Homes.Where(h => h.To is null).SelectMany(LivedThere)
            .Where(id => !people.TryGetValue(id, out var p) || p.Died is null).ToHashSet(StringComparer.Ordinal);
        var morePhotos = MorePhotos.For(model);
        var explaining = model.WordsAndPictures.Select(w => w.Drawing).OfType<string>().ToHashSet(StringComparer.Ordinal);
        string NameOf(string id) => id == "child" ? Text(child.PreferredName)!
            : people.TryGetValue(id, out var p) ? Text(p.ChildName)!
            : Text(standIns?.GetValueOrDefault(id) ?? "someone")!;

        var voiceScript = new ScriptObject
        {
            ["subject"] = Text(voice.Subject), ["subject_cap"] = Text(Capitalise(voice.Subject)),
            ["object"] = voice.Object, ["possessive"] = Text(voice.Possessive),
            ["possessive_cap"] = Text(Capitalise(voice.Possessive)),
            ["were"] = voice.Were, ["has"] = voice.Has, ["is"] = voice.Is, ["you"] = model.Book.Voice == BookVoice.You,
        };
        // The voice words every phrase may use without a template passing them (see WordsFunction).
        var voiceWords = voiceScript.ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);
        voiceWords["name"] = Text(child.PreferredName);
        voiceWords["they"] = pronoun.They; voiceWords["them"] = pronoun.Them; voiceWords["their"] = pronoun.Their;
        // "when you were 3", "before you were born": in the document's language and the book's voice.
        string When(PartialDate date) => ChildDates.WhenYouWere(date, child.DateOfBirth, voice, words, child.Pronouns, model.Book.Voice == BookVoice.You);

        var root = new ScriptObject
        {
            ["today"] = words.Date(today),
            ["child"] = new ScriptObject
            {
                ["name"] = Text(child.PreferredName),
                ["full_name"] = Text(child.LegalName),
                ["age"] = Ages.YearsOld(child.DateOfBirth, today),
                ["age_band"] = Snake(band),
                ["born"] = words.Date(child.DateOfBirth),
                ["first_language"] = Text(child.FirstLanguage),
                ["name_in_first_language"] = Text(child.NameInFirstLanguage),
                ["favourite_colour"] = Text(child.FavouriteColour),
                ["cover"] = PictureOf(child.CoverPhoto),
                ["cover_file"] = child.CoverPhoto is { } c && photos.TryGetValue(c, out var cp) ? cp.File : null,
                ["they"] = pronoun.They, ["them"] = pronoun.Them, ["their"] = pronoun.Their,
            },
            ["voice"] = voiceScript,
            ["book"] = new ScriptObject
            {
                ["title"] = model.Book.Title is { } title ? Text(title) : Text(words.Say("book_cover_title", new Dictionary<string, object?> { ["name"] = child.PreferredName }, child.Pronouns)),
                ["favourite_thing"] = Text(model.Book.FavouriteThing),
                ["favourite_things"] = Text(Plurals.Loved(model.Book.FavouriteThing)),
                ["draft"] = model.Book.SignOff is null,
                ["checked_by"] = Text(model.Book.SignOff?.CheckedBy),
                ["checked_on"] = model.Book.SignOff is { } signOff ? words.Date(signOff.Date) : null,
            },
            // Filled in by the book's second pass with the words the book actually uses (see BookGlossary).
            ["glossary"] = new ScriptArray(),
            ["people"] = Array(model.People, p => new ScriptObject
            {
                ["id"] = p.Id, ["name"] = Text(p.ChildName), ["full_name"] = Text(p.Name), ["relationship"] = Relationship(p.Relationship),
                ["group"] = Snake(p.Group), ["role"] = Roles.Describe(p.Group), ["role_title"] = Roles.Title(p.Group), ["about"] = Text(p.About), ["picture"] = PictureOf(p.Photo),
                ["lives_with_child"] = livesWithChild.Contains(p.Id),
                ["died"] = p.Died is null ? null : words.Date(p.Died),
                ["died_when"] = p.Died is null ? null : words.Say(p.Died.Day is null ? "in_month" : "on_day", new Dictionary<string, object?> { ["date"] = words.Date(p.Died) }),
            }),
            ["homes"] = Array(model.Homes.OrderBy(h => h.From), h => new ScriptObject
            {
                ["name"] = Text(h.Name), ["kind"] = Snake(h.Kind), ["kind_words"] = Roles.HomeKind(h.Kind),
                ["from"] = words.Date(h.From), ["to"] = h.To is null ? null : words.Date(h.To),
                ["when"] = When(h.From), ["current"] = h.To is null,
                ["people"] = JoinNames((words.Say("comma"), words.Say("and")), LivedThere(h).Select(NameOf).ToList()), ["town"] = Text(h.Town),
                // Staff look after the children in a children's home; the child does not "live with" them.
                ["staffed"] = h.Kind == HomeKind.ChildrensHome,
                // "The flat in Leeds" already says Leeds: the town is not said again after it.
                ["town_in_name"] = h.Town is { } town && h.Name.Contains(town, StringComparison.OrdinalIgnoreCase),
                ["address"] = Text(h.Address?.Text), ["about"] = Text(h.About), ["picture"] = PictureOf(h.Photo),
            }),
            ["schools"] = Array(model.Schools.OrderBy(s => s.From), s => new ScriptObject
            {
                ["name"] = Text(s.Name), ["from"] = words.Date(s.From), ["current"] = s.To is null,
                ["when"] = When(s.From), ["about"] = Text(s.About),
            }),
            ["timeline"] = Array(model.Timeline.OrderBy(e => e.Date), e => new ScriptObject
            {
                ["date"] = words.Date(e.Date), ["when"] = When(e.Date),
                ["title"] = Text(e.Title), ["words"] = Text(e.Words),
                ["pictures"] = new ScriptArray(e.Photos.Select(PictureOf).Where(p => p is not null)),
                ["new_pictures"] = new ScriptArray(e.Photos.Where(id => !shownElsewhere.Contains(id)).Select(PictureOf).Where(p => p is not null)),
            }),
            // Captioned photos no section prints: a "More photos" page shows them, so none is silently dropped.
            ["more_photos"] = new ScriptArray(morePhotos.Select(PhotoPicture)),
            ["photos"] = Array(model.Photos, p => new ScriptObject
            {
                ["id"] = p.Id, ["picture"] = PhotoPicture(p), ["caption"] = Text(p.Caption),
            }),
            ["my_words"] = Array(model.MyWords, w => new ScriptObject
            {
                ["words"] = Text(w.Words), ["about"] = Text(w.About), ["translation"] = Text(w.Translation),
                ["date"] = w.Date is null ? null : words.Date(w.Date),
            }),
            // A drawing that explains a Words and Pictures page is printed there, not again among the child's own pages.
            ["drawings"] = Array(model.Drawings.Where(d => !explaining.Contains(d.Id)), d => new ScriptObject
            {
                ["title"] = Text(d.Title), ["words"] = Text(d.Words), ["picture"] = Picture(d.File, Text(d.Title), "{.trim}"),
            }),
            // Story sections are written in Markdown on purpose: they pass through unescaped (HTML is still off).
            ["story"] = Array(model.Story, s => new ScriptObject
            {
                ["id"] = s.Id, ["title"] = Text(s.Title), ["markdown"] = s.Markdown.Trim(), ["place"] = Snake(s.Place),
            }),
            // Each part of Words and Pictures has a page of its own, so its drawing can fill most of it.
            ["words_and_pictures"] = Array(model.WordsAndPictures.OrderBy(w => w.Part), w => new ScriptObject
            {
                ["part"] = Snake(w.Part), ["words"] = w.Words.Trim(),
                ["picture"] = w.Drawing is not null && drawings.TryGetValue(w.Drawing, out var drawing)
                    ? Picture(drawing.File, Text(drawing.Title), "{.trim .large}") : null,
            }),
            ["later_life_letter"] = model.LaterLifeLetter is { } letter ? new ScriptObject
            {
                ["from"] = NameOf(letter.From),
                ["from_full_name"] = people.TryGetValue(letter.From, out var writer) ? Text(writer.Name) : NameOf(letter.From),
                ["from_role"] = people.TryGetValue(letter.From, out var w2) ? Roles.Title(w2.Group) : null,
                ["written"] = words.Date(letter.Written),
                ["markdown"] = letter.Markdown.Trim(),
                ["read_at_age"] = letter.ReadAtAge,
            } : null,
            ["reviews"] = Array(model.Reviews.OrderBy(r => r.Date), r => ReviewData.For(r, words, NameOf, people,
                id => people.TryGetValue(id, out var who) ? PictureOf(who.Photo) : null)),
            // Conferences and the pathway plan print no photos: they are about plans, not faces.
            ["conferences"] = Array(model.Conferences.OrderBy(c => c.Date), c => ConferenceData.For(c, words, NameOf, people, _ => null)),
            ["pathway_plan"] = model.PathwayPlan is { } plan ? PathwayData.For(plan, words, NameOf, people) : null,
        };
        root["people_by_group"] = ByGroup(model.People, (ScriptArray)root["people"]!);
        root["care"] = CareData.For(model, today, words, When, people, LivedThere, NameOf);
        var reviews = (ScriptArray)root["reviews"]!;
        foreach (var (review, i) in model.Reviews.OrderBy(r => r.Date).Select((r, i) => (r, i)))
            ((ScriptObject)reviews[i]!)["family_at_home"] = CareData.FamilyAtHome(model, review.Date, LivedThere, NameOf);
        root["support"] = Array((support ?? new SupportList([])).For(SupportNeeds.For(model, today)), e => new ScriptObject
        {
            ["for"] = e.For, ["name"] = Text(e.Name), ["what"] = Text(e.What), ["contact"] = Text(e.Contact),
        });
        root.Import("sentence", new Func<string?, string>(Sentence));
        root.Import("bare", new Func<string?, string>(Bare));
        new WordsFunction(words, child.Pronouns, voiceWords).ImportInto(root);
        return root;
    }

    /// <summary>The shipped English catalogue, for callers that make data without choosing a language.</summary>
    private static readonly Lazy<Catalogue> BuiltInEnglish = new(() =>
        Catalogues.Load(new TemplateFolders([TemplateFolders.BuiltIn]), Catalogues.Default).Catalogue
        ?? throw new InvalidOperationException("The shipped English catalogue (templates/languages/en.yaml) is missing."));

    /// <summary>
    /// A photo's picture attributes: sensitive photos print smaller and/or in black and white; for the youngest
    /// children, read aloud, every other photo prints large.
    /// </summary>
    private static string PhotoAttributes(Photo photo, AgeBand band)
    {
        var classes = new List<string>();
        if (photo.Sensitive?.Smaller == true) classes.Add(".small");
        else if (band == AgeBand.EarlyYears) classes.Add(".large");
        if (photo.Sensitive?.BlackAndWhite == true) classes.Add(".bw");
        if (photo.Focus is { } focus)
            classes.Add(string.Create(CultureInfo.InvariantCulture, $"focus={focus.X:0.###},{focus.Y:0.###}"));
        return classes.Count == 0 ? "" : "{" + string.Join(' ', classes) + "}";
    }

    /// <summary>Ends text with one full stop unless it already ends a sentence: carers type both ways.</summary>
    internal static string Sentence(string? text)
    {
        var trimmed = (text ?? "").TrimEnd();
        return trimmed.Length == 0 || trimmed[^1] is '.' or '!' or '?' ? trimmed : trimmed + ".";
    }

    private static ScriptObject ByGroup(IReadOnlyList<Person> people, ScriptArray mapped)
    {
        var groups = new ScriptObject();
        foreach (var group in Enum.GetValues<PersonGroup>())
            groups[Snake(group)] = new ScriptArray(people.Select((p, i) => (p, i)).Where(x => x.p.Group == group).Select(x => mapped[x.i]));
        return groups;
    }

}
