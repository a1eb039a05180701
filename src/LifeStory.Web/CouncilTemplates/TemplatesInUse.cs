namespace LifeStory.Web.CouncilTemplates;

/// <summary>The templates documents are made with now: a council's set (written to a private folder) or the shipped ones.</summary>
public sealed record TemplatesInUse(Guid? SetId, string? Folder)
{
    public static TemplatesInUse Shipped { get; } = new(null, null);

    /// <summary>Part of every cache key: a document made with one set is never served after a switch to another.</summary>
    public string Key => SetId?.ToString("N") ?? "shipped";
}
