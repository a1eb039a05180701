using LifeStory.Cases.Model;
using LifeStory.Reviews.Timescales;

namespace LifeStory.Web.Reviews;

/// <summary>One child on an IRO's or manager's list: who, the reviews their latest case revision records, and the schedule from them.</summary>
/// <param name="Reference">The child's opaque reference, as administrators see it, for places a name must not go.</param>
/// <param name="Initials">The initials of the child's legal name, for the calendar file.</param>
public sealed record ChildReviews(Guid Id, string Name, string Reference, string Initials, Case Model, ReviewSchedule Schedule);
