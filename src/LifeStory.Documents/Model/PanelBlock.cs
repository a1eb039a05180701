namespace LifeStory.Documents.Model;

/// <summary>A coloured, rounded panel with an optional title: "What is going well", "Worries".</summary>
public sealed record PanelBlock(string? Title, IReadOnlyList<Block> Blocks, PanelTone Tone = PanelTone.Accent) : Block;
