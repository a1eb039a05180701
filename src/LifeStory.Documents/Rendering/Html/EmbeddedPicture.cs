namespace LifeStory.Documents.Rendering.Html;

/// <summary>A picture ready for an <c>img</c> element: its data URI and pixel size.</summary>
internal sealed record EmbeddedPicture(string DataUri, int Width, int Height);
