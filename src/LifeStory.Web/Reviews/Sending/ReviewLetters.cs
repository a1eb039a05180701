using LifeStory.Cases.Model;
using LifeStory.Web.Children;

namespace LifeStory.Web.Reviews.Sending;

/// <summary>
/// One review (or conference: <see cref="Kind"/>, its shared parts in <see cref="Review"/>) of one child, as of the
/// latest revision, with its distribution list.
/// </summary>
public sealed record ReviewLetters(Guid ChildId, string ChildName, CaseRevision Revision, Case Model, Review Review, IReadOnlyList<RecipientLine> Recipients)
{
    public Meetings.MeetingKind Kind { get; init; } = Meetings.MeetingKind.Review;

    public bool Signed => Review.IsSigned;

    /// <summary>The people who can be added: the child first, then everyone in the case not on the list already.</summary>
    public IEnumerable<(string? PersonId, string Label)> Choices()
    {
        var listed = Recipients.Select(r => r.Row.PersonId ?? "").ToHashSet(StringComparer.Ordinal);
        if (!listed.Contains("")) yield return (null, $"{Model.Child.PreferredName} (the child)");
        foreach (var person in Model.People.Where(p => !listed.Contains(p.Id)))
            yield return (person.Id, $"{person.Name} ({person.Relationship})");
    }
}
