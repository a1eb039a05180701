namespace LifeStory.Checking;

/// <summary>
/// What a letter's paragraphs are measured against: the highest grade (Flesch–Kincaid), the longest sentence and
/// how many long words a paragraph may have; who the letter is for, and which letter, as the finding says them.
/// </summary>
/// <param name="Letter">Null for the child's own letter; otherwise named at the start of each finding ("the easy-read letter").</param>
internal sealed record ReadingTarget(double Grade, int LongestSentence, int HardWordsAllowed, string Reader, string? Letter);
