namespace LifeStory.Documents.Text;

/// <summary>What a piece of text is for; the theme's fonts are chosen by role.</summary>
public enum FontRole
{
    Body,
    Heading,
}
