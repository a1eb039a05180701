namespace LifeStory.Web.Hosting;

/// <summary>The "LifeStory" section of configuration (appsettings.json, environment variables as LifeStory__Name).</summary>
public sealed class LifeStoryOptions
{
    public const string Section = "LifeStory";

    /// <summary>Where the SQLite database, the key file and Data Protection's keys live (relative to the app's folder).</summary>
    public string DataFolder { get; set; } = "data";

    /// <summary>The key that encrypts case data and pictures: a file holding 32 random bytes, base64. Made on first run if missing.</summary>
    public string? KeyFile { get; set; }

    /// <summary>The same key given directly (base64), for a host that keeps secrets in the environment; wins over KeyFile.</summary>
    public string? DataKey { get; set; }

    /// <summary>Keys used before a rotation, still needed to read what they encrypted (files of the same form as KeyFile).</summary>
    public IReadOnlyList<string> RetiredKeyFiles { get; set; } = [];

    /// <summary>
    /// The audit log's checkpoint, kept outside the database (default: keys/audit.anchor in the data folder). Keep it
    /// where the database's own administrators cannot write; back it up at the same moment as the database, kept apart from it.
    /// </summary>
    public string? AuditAnchorFile { get; set; }

    /// <summary>Demo accounts get this password instead of a random one (tests and demonstrations only).</summary>
    public string? DemoPassword { get; set; }

    /// <summary>Seed the sample children and demo accounts on an empty database (Development only).</summary>
    public bool SeedDemo { get; set; } = true;

    public int SignInAttemptsPerMinute { get; set; } = 10;

    public long MaxUploadBytes { get; set; } = 200L * 1024 * 1024;

    public int SessionMinutes { get; set; } = 20;

    /// <summary>Memory kept for made documents and preview pages (never written to disk); the least used go first.</summary>
    public int PreviewCacheMegabytes { get; set; } = 256;

    /// <summary>How often a session is checked against its account (so "sign out everywhere" and a disabled account take effect).</summary>
    public int SessionCheckSeconds { get; set; } = 60;
}
