using LifeStory.Cases.Model;
using static LifeStory.Templating.ScriptValues;

namespace LifeStory.Pipeline;

/// <summary>
/// The easy-read review letter and conference summary: what may ask for one, and whom it greets. It is written for parents, as parents may
/// see the record, so a photo or a person hidden from parents is gone before its template runs.
/// </summary>
public static class EasyReadRequest
{
    /// <summary>Said when easy read is asked of another product or reader: names the option and the fix.</summary>
    public const string ParentsOnly =
        "An easy-read version is made for parents only, of the review letter or a conference's summary: use minutes --for parents --easy-read, or conference --for parents --easy-read.";

    internal static void Check(RunRequest request)
    {
        if (request.EasyRead && (request.Product is not (Product.Minutes or Product.Conference) || request.Reader != Audience.Parents))
            throw new ArgumentException(ParentsOnly, nameof(request));
    }

    /// <summary>
    /// The first names of the parents this version may show who need easy read ("Kelly", "Kelly and Darren"), to greet
    /// them by; a parent the case shows to parents by another name is greeted by that name whole ("Ruby's mummy").
    /// Empty when nobody is marked, and the letter then greets no one by name.
    /// </summary>
    internal static string Readers(Case visible, Case whole) => JoinNames(visible.People
        .Where(p => p.NeedsEasyRead && p.Died is null && p.Group is PersonGroup.BirthFamily)
        .Select(p => Text(whole.People.FirstOrDefault(o => o.Id == p.Id)?.ShownAs?.For(Audience.Parents) is { Length: > 0 }
            ? p.Name : p.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0])!).ToList());

    /// <summary>Whether anyone in the case needs the parents' letter in easy read: `check` then reads that version too.</summary>
    public static bool Wanted(Case model) => model.People.Any(p => p.NeedsEasyRead && p.Group is PersonGroup.BirthFamily);
}
