using LifeStory.Cases.Model;
using LifeStory.Pipeline;

namespace LifeStory.Web.Reviews.Meetings;

/// <summary>
/// A kind of meeting the IRO's pages record, sign and show: a looked-after child's review, or a child protection
/// conference. They share their parts (who came, the child's words, worries, the scale, the steps, the chair's
/// signatures: <see cref="Conference.AsMeeting"/>), so one set of pages serves both; what differs is where each is
/// written in case.yaml, the address, the document made from it, and its words.
/// </summary>
/// <param name="List">The list in case.yaml: reviews, conferences.</param>
/// <param name="ChairKey">Who chaired it: iro for a review, chair for a conference.</param>
/// <param name="StepsKey">What was decided: decisions for a review, plan for a conference.</param>
/// <param name="NextKey">The next meeting: next_review, review_conference.</param>
/// <param name="Folder">The address after the child: /Children/{id}/Reviews, /Children/{id}/Conferences.</param>
/// <param name="Name">"review", "conference", as a sentence names it.</param>
public sealed record MeetingKind(string List, string ChairKey, string StepsKey, string NextKey, string Folder, Product Product, string Name)
{
    public static MeetingKind Review { get; } = new("reviews", "iro", "decisions", "next_review", "Reviews", Product.Minutes, "review");

    public static MeetingKind Conference { get; } = new("conferences", "chair", "plan", "review_conference", "Conferences", Product.Conference, "conference");

    /// <summary>The route constraint that lets one page serve both: /Children/{id}/Reviews/… and /Children/{id}/Conferences/….</summary>
    public const string Folders = "^(Reviews|Conferences)$";

    public static MeetingKind ForFolder(string? folder) => folder == Conference.Folder ? Conference : Review;

    public bool IsConference => this == Conference;

    /// <summary>Every meeting of this kind in the case, in file order, as a review (a conference's shared parts).</summary>
    public IReadOnlyList<Review> Meetings(Case model) => IsConference ? model.Conferences.Select(c => c.AsMeeting()).ToList() : model.Reviews;

    /// <summary>"Mia's review", "Mia's child protection conference".</summary>
    public string Title => IsConference ? "child protection conference" : "review";

    /// <summary>The heading of the steps' section: a conference's steps are the child protection plan.</summary>
    public string StepsHeading => IsConference ? "The plan to keep the child safe" : "What we decided";

    /// <summary>The heading and label of the next meeting.</summary>
    public string NextHeading => IsConference ? "The review conference" : "The next review";
}
