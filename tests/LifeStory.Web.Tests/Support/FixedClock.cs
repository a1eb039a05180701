namespace LifeStory.Web.Tests.Support;

/// <summary>A clock that always says the same moment, so "today" in a test is the day the test means.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
