namespace LifeStory.Web.Pictures;

/// <summary>A small image ready to send: its bytes and their media type.</summary>
public sealed record PicturePreview(byte[] Content, string ContentType);
