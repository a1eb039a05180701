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

    /// <summary>
    /// A young person's pathway plan, for sending only: it is written and signed on its own page (/Children/{id}/PathwayPlan),
    /// but it goes to its readers on the same distribution list, by the same relay and with the same audit as a meeting's
    /// letters. Its date is the day it was written; it counts as signed once the young person and the council both have.
    /// </summary>
    public static MeetingKind Pathway { get; } = new("pathway_plan", "personal_adviser", "goals", "next_review", "PathwayPlan", Product.PathwayPlan, "pathway plan");

    /// <summary>The route constraint that lets one page serve both: /Children/{id}/Reviews/… and /Children/{id}/Conferences/….</summary>
    public const string Folders = "^(Reviews|Conferences)$";

    /// <summary>The sending page's route constraint: a pathway plan is sent as a meeting's letters are.</summary>
    public const string SendingFolders = "^(Reviews|Conferences|PathwayPlan)$";

    public static MeetingKind ForFolder(string? folder) => folder == Conference.Folder ? Conference : folder == Pathway.Folder ? Pathway : Review;

    public bool IsConference => this == Conference;

    public bool IsPathway => this == Pathway;

    /// <summary>
    /// Every meeting of this kind in the case, in file order, as a review (a conference's shared parts). A pathway plan
    /// is one, its signatures kept only once it is final (the young person's and the council's), so it is not sent before.
    /// </summary>
    public IReadOnlyList<Review> Meetings(Case model) => this switch
    {
        _ when IsConference => model.Conferences.Select(c => c.AsMeeting()).ToList(),
        _ when IsPathway => model.PathwayPlan is { } plan ? [new Review(plan.Written, Signed: plan.IsSigned ? plan.Signed : [])] : [],
        _ => model.Reviews,
    };

    /// <summary>The versions this kind is sent in: a pathway plan has the young person's own and the full record.</summary>
    public IReadOnlyList<Audience> Readers => IsPathway ? [Audience.Child, Audience.Record] : [Audience.Child, Audience.Carers, Audience.Parents, Audience.Record];

    /// <summary>
    /// Who keeps the list and sends: a meeting's letters are the IRO's (the chair's); a pathway plan is the social
    /// worker's and adviser's work with the young person, so it is theirs (<see cref="Security.ChildAction.Change"/>).
    /// </summary>
    public Security.ChildAction SendAction => IsPathway ? Security.ChildAction.Change : Security.ChildAction.SendLetters;

    /// <summary>"Mia's review", "Mia's child protection conference", "Amira's pathway plan".</summary>
    public string Title => IsConference ? "child protection conference" : IsPathway ? "pathway plan" : "review";

    /// <summary>The heading of the steps' section: a conference's steps are the child protection plan.</summary>
    public string StepsHeading => IsConference ? "The plan to keep the child safe" : "What we decided";

    /// <summary>The heading and label of the next meeting.</summary>
    public string NextHeading => IsConference ? "The review conference" : "The next review";
}
