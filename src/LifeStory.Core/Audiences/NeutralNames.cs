using System.Text.RegularExpressions;
using LifeStory.Cases.Model;

namespace LifeStory.Audiences;

/// <summary>
/// General words for a person a reader may not know about, from their group and relationship: "a teacher",
/// "a grown-up who looks after you", "someone in your family". Never anything of the person's own (no name, no
/// initial), so the words are safe for any reader.
/// </summary>
public static partial class NeutralNames
{
    public static string For(Person person)
    {
        // "my teacher" → "a teacher": only a relationship of plain lower-case words, which cannot hold a name.
        if (person.Group is PersonGroup.Others or PersonGroup.SocialWorker or PersonGroup.Carers &&
            PlainRelationship().Match(person.Relationship.Trim()) is { Success: true } plain)
        {
            var what = plain.Groups["what"].Value;
            return ("aeiou".Contains(what[0]) ? "an " : "a ") + what;
        }
        return person.Group switch
        {
            PersonGroup.BirthFamily or PersonGroup.BrothersAndSisters => "someone in your family",
            PersonGroup.Carers or PersonGroup.AdoptiveFamily or PersonGroup.SpecialGuardians => "a grown-up who looks after you",
            PersonGroup.SocialWorker => "a social worker",
            PersonGroup.Iro => "the person who runs your meetings",
            _ => "someone who helps you",
        };
    }

    [GeneratedRegex(@"^(?:my|your)\s+(?<what>[a-z]+(?:[ -][a-z]+){0,2})$")]
    private static partial Regex PlainRelationship();
}
