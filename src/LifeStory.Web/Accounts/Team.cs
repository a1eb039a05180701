namespace LifeStory.Web.Accounts;

/// <summary>A team of social workers and their manager. A child belongs to one team.</summary>
public sealed class Team
{
    public Guid Id { get; set; }

    public string Name { get; set; } = "";
}
