using LifeStory.Cases.Loading;
using LifeStory.Cases.Model;
using LifeStory.Documents.Themes;

namespace LifeStory.Checking;

/// <summary>
/// Whether the case has what a complete life-story book needs. A section with nothing to say is left out of
/// the book rather than printed empty, so these are warnings that tell the social worker what is missing,.
/// </summary>
public static class BookChecks
{
    public static IReadOnlyList<Finding> Check(LoadedCase loaded)
    {
        var findings = new List<Finding>();
        var c = loaded.Model;
        void Missing(string code, string path, string message, string fix, string? at = null) =>
            findings.Add(new Finding(Severity.Warning, code, loaded.Locations.Find(at ?? path) ?? new SourceLocation("case.yaml", 1, 1), path, message, fix));

        var why = c.Story.Any(s => s.Place == StoryPlace.WhyICouldNotStay) || c.WordsAndPictures.Count > 0;
        if (!why)
            Missing("book-section-empty", "story", "The book has no part that says why the child could not stay with their birth family.",
                "Add a story section with place: why_i_could_not_stay, or words_and_pictures pages. Tell it honestly and gently.");
        if (c.People.Any(p => p.Group == PersonGroup.BirthFamily) && c.Story.All(s => s.Place != StoryPlace.FamilyTime))
            Missing("book-section-empty", "story", "The book has no family time section, though the case names birth family.",
                "Add a story section with place: family_time: who the child sees, how often, and what happens if someone does not come.");
        if (c.Homes.Count == 0)
            Missing("book-section-empty", "homes", "The book has no \"Places I have lived\" section: the case lists no homes.",
                "Add the child's homes under homes:, oldest first.");
        if (c.Timeline.Count == 0)
            Missing("book-section-empty", "timeline", "The book has no \"Things I have done\" section: the timeline is empty.",
                "Add milestones, school starts and things the child is proud of under timeline:.");
        if (c.MyWords.Count == 0 && c.Drawings.Count(d => c.WordsAndPictures.All(w => w.Drawing != d.Id)) == 0)
            Missing("book-section-empty", "my_words", "The book has no pages of the child's own: no words and no drawings.",
                "Ask the child what they would like to say or draw, and add it under my_words: or drawings:.");
        // Adoption guidance expects a later-life letter for every adopted child, ready for when they are older.
        // The letter has no line of its own yet, so the finding points at the line that says the child is adopted.
        if (AdoptionEvidence.PathIn(c) is { } adopted && c.LaterLifeLetter is null)
            Missing("later-life-letter-expected", "later_life_letter", "The child is adopted, and the case has no later-life letter yet.",
                "Add later_life_letter: with from:, written: and markdown: (the fuller story, for the child to read as a teenager).", adopted);
        // The special guardianship page names the guardians: without them the book cannot say who brings the child up.
        if (c.Homes.Any(h => h.Kind == HomeKind.SpecialGuardianship) && c.People.All(p => p.Group != PersonGroup.SpecialGuardians))
            Missing("special-guardians-missing", "people", "The child lives with special guardians, but nobody in people: is in the special_guardians group.",
                "Give each special guardian group: special_guardians, so the book can say who is bringing the child up.");
        if (c.Book.Theme is { } theme && Theme.Named(theme) is null)
            Missing("unknown-theme", "book.theme", $"There is no theme called '{theme}', so the book uses the one for the child's age.",
                "Use bright, calm, dyslexia_friendly or teen.");
        if (c.Child.FavouriteColour is { } colour && !FavouriteColours.Knows(colour))
            Missing("unknown-colour", "child.favourite_colour", $"'{colour}' is not a colour the book knows, so it keeps its own colours.",
                $"Use one of: {string.Join(", ", FavouriteColours.Names)}.");
        return findings;
    }
}
