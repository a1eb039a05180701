using SkiaSharp;

namespace LifeStory.SampleArt.Painting;

/// <summary>How one stylised person looks: colours and hair, nothing that would make a real face.</summary>
public sealed record Look(SKColor Skin, SKColor Hair, HairStyle Style, SKColor Top, SKColor Bottom, bool IsChild = false);
