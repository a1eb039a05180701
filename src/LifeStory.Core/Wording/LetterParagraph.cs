namespace LifeStory.Wording;

/// <summary>One block of a letter as plain text. Prose is running sentences; headings and table rows are not, so no reading level is worked out for them.</summary>
public sealed record LetterParagraph(string Text, bool Prose);
