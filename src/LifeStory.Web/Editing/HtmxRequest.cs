namespace LifeStory.Web.Editing;

/// <summary>
/// A form sent by htmx wants the form back rather than a redirect (htmx follows a redirect out of sight and would
/// lose the "saved" signal), and tells the page that a new version exists so panels showing the old one redraw.
/// </summary>
public static class HtmxRequest
{
    /// <summary>The event a save raises on the page; the preview panel listens for it.</summary>
    public const string SavedEvent = "lifestory-saved";

    public static bool Is(HttpRequest request) => request.Headers.TryGetValue("HX-Request", out var value) && value == "true";

    public static void Saved(HttpResponse response) => response.Headers["HX-Trigger"] = SavedEvent;
}
