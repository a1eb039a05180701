using SkiaSharp;

namespace LifeStory.SampleArt.Drawings;

/// <summary>Someone in a Words and Pictures drawing: height, a child or a grown-up, and what makes them recognisable.</summary>
public sealed record Someone(float Height, bool Child, SKColor Skin, Hair Hair, SKColor HairColour, SKColor Clothes,
    bool Dress = false, bool Glasses = false);
