namespace LifeStory.Web.Accounts;

/// <summary>The four roles. An administrator runs accounts, teams and allocations and never sees a child's record.</summary>
public static class Roles
{
    public const string SocialWorker = "SocialWorker";
    public const string TeamManager = "TeamManager";
    public const string Iro = "Iro";
    public const string Administrator = "Administrator";

    public static IReadOnlyList<string> All { get; } = [SocialWorker, TeamManager, Iro, Administrator];

    public static string Describe(string role) => role switch
    {
        SocialWorker => "social worker",
        TeamManager => "team manager",
        Iro => "IRO",
        Administrator => "administrator",
        _ => role,
    };
}
