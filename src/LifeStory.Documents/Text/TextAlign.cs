namespace LifeStory.Documents.Text;

/// <summary>How lines sit between the margins. Start means left for left-to-right text and right for right-to-left.</summary>
public enum TextAlign
{
    Start,
    Center,

    /// <summary>Right for left-to-right text: the far end of a scale, page numbers on a contents page.</summary>
    End,
}
