namespace LifeStory.Cases.Model;

/// <summary>The part of a photo that must stay in view when it is cropped, as fractions of its width and height.</summary>
public sealed record FocusPoint(
    [Describe("From 0 (left edge) to 1 (right edge).")] double X,
    [Describe("From 0 (top edge) to 1 (bottom edge).")] double Y);
