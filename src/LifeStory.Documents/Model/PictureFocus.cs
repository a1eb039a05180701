namespace LifeStory.Documents.Model;

/// <summary>The point of a picture to keep in view when it is cropped (a face, usually), as fractions of its width and height.</summary>
public sealed record PictureFocus(float X, float Y);
