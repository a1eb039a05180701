using LifeStory.Cases.Model;

namespace LifeStory.Web.Reviews.Sending;

/// <summary>
/// The version a person gets unless the IRO chooses another: parents and birth family the parents' version, carers,
/// adopters and guardians the carers', the social worker and IRO the full record. Brothers and sisters and everyone
/// else (a teacher, an advocate) get the child's own letter — what the child was told, and nothing kept from the child.
/// </summary>
public static class DefaultReader
{
    /// <param name="kind">A pathway plan has two versions: the social worker and adviser get the record, everyone else
    /// the young person's own plan (what they were given, and nothing kept from them).</param>
    public static Audience For(PersonGroup? group, Meetings.MeetingKind? kind = null) => kind?.IsPathway == true
        ? group is PersonGroup.SocialWorker or PersonGroup.Iro ? Audience.Record : Audience.Child
        : For(group);

    public static Audience For(PersonGroup? group) => group switch
    {
        null => Audience.Child,
        PersonGroup.BirthFamily => Audience.Parents,
        PersonGroup.Carers or PersonGroup.AdoptiveFamily or PersonGroup.SpecialGuardians => Audience.Carers,
        PersonGroup.SocialWorker or PersonGroup.Iro => Audience.Record,
        _ => Audience.Child,
    };
}
