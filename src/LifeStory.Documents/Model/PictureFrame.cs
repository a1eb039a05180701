namespace LifeStory.Documents.Model;

/// <summary>The edge of a picture: soft rounded corners, a white "polaroid" border with room for the caption, or none.</summary>
public enum PictureFrame
{
    Rounded,
    Polaroid,
    Square,
}
