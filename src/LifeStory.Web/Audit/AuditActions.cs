namespace LifeStory.Web.Audit;

/// <summary>What an audit row records, as stable words a council can filter on.</summary>
public static class AuditActions
{
    public const string SignIn = "sign-in";
    public const string SignInFailed = "sign-in-failed";
    public const string SignOut = "sign-out";
    public const string View = "view";
    public const string Import = "import";
    public const string Restore = "restore";
    public const string Archive = "archive";
    public const string Export = "export";
    public const string Generate = "generate";
    public const string Download = "download";
    public const string SignOff = "sign-off";
    public const string SignReview = "sign-review";
    public const string Edit = "edit";
    public const string Upload = "upload";
    public const string Denied = "access-denied";
    public const string Accounts = "accounts";
    public const string AuditExport = "audit-export";
    public const string Templates = "templates";
    public const string Distribution = "distribution";
    public const string Send = "send";
}
