using Microsoft.AspNetCore.Identity;

namespace LifeStory.Web.Accounts;

/// <summary>A member of staff who signs in. Identity keeps the password hash, lockout and authenticator key.</summary>
public sealed class Account : IdentityUser
{
    /// <summary>The name shown to colleagues and written on a sign-off, as "Ruth Adams".</summary>
    public string DisplayName { get; set; } = "";

    /// <summary>The team a social worker or team manager belongs to; null for IROs and administrators.</summary>
    public Guid? TeamId { get; set; }
}
