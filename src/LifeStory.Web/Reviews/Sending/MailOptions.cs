namespace LifeStory.Web.Reviews.Sending;

/// <summary>
/// The council's mail relay ("LifeStory:Mail"). Letters are only emailed through it; with no Host, the email route
/// says it is not set up and letters go by post.
/// </summary>
public sealed class MailOptions
{
    public const string Section = "LifeStory:Mail";

    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary>The sender's address, as the relay allows, such as reviews@council.example.</summary>
    public string From { get; set; } = "";

    /// <summary>The name beside the sender's address.</summary>
    public string FromName { get; set; } = "Independent Reviewing Service";

    /// <summary>STARTTLS before anything is sent: on by default, as letters carry personal data.</summary>
    public bool UseTls { get; set; } = true;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public bool Configured => !string.IsNullOrWhiteSpace(Host) && !string.IsNullOrWhiteSpace(From);
}
