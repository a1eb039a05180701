namespace LifeStory.Web.Admin;

/// <summary>An account as the administrator's list shows it.</summary>
public sealed record AccountRow(string Id, string UserName, string Name, string Role, string Team, bool TwoFactor);
