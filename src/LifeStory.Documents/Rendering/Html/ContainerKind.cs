using Markdig.Extensions.CustomContainers;

namespace LifeStory.Documents.Rendering.Html;

/// <summary>The name of a custom container (<c>::: panel.warm Title</c> → <c>panel.warm</c>), lower-case.</summary>
internal static class ContainerKind
{
    public static string Of(CustomContainer container) => (container.Info ?? "").Trim().ToLowerInvariant();
}
