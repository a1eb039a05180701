namespace LifeStory.Web.Security;

/// <summary>
/// The answer to "may this user do this to this child?". A user who may not see the child at all is told it does not
/// exist (404), so ids cannot be probed; one who may see it but not do this is refused (403).
/// </summary>
public enum AccessDecision
{
    Allowed,
    NotFound,
    Forbidden,
}
