namespace LifeStory.Documents.Model;

/// <summary>The colour family of a panel: the theme's own, warm (orange) or cool (blue).</summary>
public enum PanelTone
{
    Accent,
    Warm,
    Cool,
}
