namespace LifeStory.Web.Pictures;

/// <summary>The small images the editor shows of a picture: the whole of it upright, and the two crops the book uses.</summary>
public enum PictureView
{
    /// <summary>The whole picture, turned upright as the engine turns it.</summary>
    Upright,

    /// <summary>The square a person's round face on the family tree shows.</summary>
    Face,

    /// <summary>The 4:3 part a filled frame on a page shows.</summary>
    Frame,
}
