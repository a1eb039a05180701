using System.Text.RegularExpressions;
using LifeStory.Cases.Editing;
using LifeStory.Cases.Model;
using LifeStory.Web.Children;

namespace LifeStory.Web.Editing.Story;

/// <summary>The two kinds of save: a new section added at the end, or the changed fields of one section merged into the latest version.</summary>
public sealed partial class StoryEditorModel
{
    /// <summary>Text as saved: the textarea's line breaks, one line break at the end (how YAML's | block reads it back).</summary>
    public static string Normal(string? markdown)
    {
        var text = (markdown ?? "").ReplaceLineEndings("\n").TrimEnd();
        return text.Length == 0 ? "" : text + "\n";
    }

    private string? Add(string yaml)
    {
        if (Title.Trim().Length == 0)
        {
            Problem = "Give this part of the story a heading: the child sees it at the top of the page. Nothing was saved.";
            return null;
        }
        var id = IdFor(Title, Sections.Select(s => s.Id).ToHashSet(StringComparer.Ordinal));
        NewId = id;
        var edited = StorySectionEdit.Add(yaml, new StorySection(id, Title.Trim(), Normal(Markdown), null, Place));
        Problem = edited.Problem;
        return edited.Yaml;
    }

    private string? Change(string yaml, CaseRevision latest)
    {
        Index = Sections.ToList().FindIndex(s => s.Id == Section);
        if (Index < 0)
        {
            Problem = $"Someone else took this part out of the story (version {latest.Number}) while you were editing. Nothing of yours is lost: "
                + "your words are still in the box. Copy them, then add them again as a new part.";
            return null;
        }
        var theirs = Sections[Index];
        var changed = new List<string>();
        if (Title.Trim() != OriginalTitle.Trim()) changed.Add("heading");
        if (Place != OriginalPlace) changed.Add("place");
        if (Normal(Markdown) != Normal(OriginalMarkdown)) changed.Add("words");
        if (changed.Count == 0)
        {
            Message = "Nothing was changed, so nothing was saved.";
            return null;
        }
        if (latest.Number != BaseRevision)
        {
            var clashes = changed.Where(field => field switch
            {
                "heading" => theirs.Title != OriginalTitle.Trim() && theirs.Title != Title.Trim(),
                "place" => theirs.Place != OriginalPlace && theirs.Place != Place,
                _ => Normal(theirs.Markdown) != Normal(OriginalMarkdown) && Normal(theirs.Markdown) != Normal(Markdown),
            }).ToList();
            if (clashes.Count > 0)
            {
                // Their section becomes the starting point; a second save keeps what this person typed.
                (OriginalTitle, OriginalPlace, OriginalMarkdown) = (theirs.Title, theirs.Place, theirs.Markdown);
                BaseRevision = latest.Number;
                Theirs = theirs;
                Problem = $"Someone else saved version {latest.Number} while you were editing, and changed this part's {string.Join(" and ", clashes)} too. "
                    + "Nothing of yours is lost: your words are still in the box. Theirs are shown below it; save again to keep yours.";
                return null;
            }
        }
        var merged = theirs with
        {
            Title = changed.Contains("heading") ? Title.Trim() : theirs.Title,
            Place = changed.Contains("place") ? Place : theirs.Place,
            Markdown = changed.Contains("words") ? Normal(Markdown) : theirs.Markdown,
        };
        var edited = StorySectionEdit.Replace(yaml, Index, merged);
        Problem = edited.Problem;
        return edited.Yaml;
    }

    /// <summary>A short id made from the heading ("Why I live here" → why-i-live-here), numbered when taken.</summary>
    public static string IdFor(string title, IReadOnlySet<string> taken)
    {
        var slug = NotIdCharacters().Replace(title.Trim().ToLowerInvariant(), "-").Trim('-');
        if (slug.Length == 0) slug = "part";
        if (slug.Length > 40) slug = slug[..40].TrimEnd('-');
        var id = slug;
        for (var n = 2; taken.Contains(id); n++) id = $"{slug}-{n}";
        return id;
    }

    [GeneratedRegex("[^a-z0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex NotIdCharacters();
}
