namespace LifeStory.Documents.Rendering.Html;

/// <summary>
/// A language the document's text switches into (a child's first language, when it is not the book's): text in
/// its script is marked with its tag, and whole paragraphs known to be in it are marked even when they share the
/// document's script (Polish inside English), so a screen reader reads each in its own voice.
/// </summary>
/// <param name="Tag">A BCP 47 tag such as <c>ar</c> or <c>pl</c>.</param>
/// <param name="Phrases">Texts known to be in this language, each a paragraph of its own (a child's words as they said them).</param>
public sealed record OtherLanguage(string Tag, IReadOnlyList<string> Phrases);
