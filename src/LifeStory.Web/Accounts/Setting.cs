namespace LifeStory.Web.Accounts;

/// <summary>One council-wide setting an administrator changes, such as requiring two-factor sign-in.</summary>
public sealed class Setting
{
    public const string RequireTwoFactor = "require-two-factor";

    public string Key { get; set; } = "";

    public string Value { get; set; } = "";
}
