using LifeStory.Audiences;
using LifeStory.Cases.Loading;
using LifeStory.Reviews.LeftOut;
using LifeStory.Templating;

namespace LifeStory.Web.Reviews.Meetings;

/// <summary>
/// What each reader's version of a meeting leaves out, for a review or a conference. A conference is redacted as the
/// meeting it shares its parts with (the core's Redaction runs the same rules on conferences[i] as on reviews[i]), so
/// its summary is the review's summary of its shared parts: the same <see cref="ReviewLeftOut"/>, never a second copy.
/// </summary>
public static class MeetingLeftOut
{
    /// <returns>One entry per reader; nothing when the case cannot be read or holds no such meeting.</returns>
    public static IReadOnlyList<ReaderLeftOut> For(string caseFolder, MeetingKind kind, DateOnly date, string? templatesFolder)
    {
        if (!kind.IsConference) return ReviewLeftOut.For(caseFolder, date, templatesFolder);
        var loaded = CaseLoader.Load(caseFolder);
        if (loaded.Case is null) return [];
        var model = loaded.Case.Model;
        var asMeetings = model with { Reviews = kind.Meetings(model) };
        return ReviewLeftOut.For(asMeetings, date, PrivacyDefaults.From(TemplateFolders.For(caseFolder, templatesFolder)));
    }
}
