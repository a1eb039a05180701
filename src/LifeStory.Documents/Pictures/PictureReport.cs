namespace LifeStory.Documents.Pictures;

/// <summary>
/// What a quick look at a picture file found. A usable picture may still carry a problem (a PNG named .jpg):
/// it prints fine, but the name should be put right. Width and height are upright (after EXIF orientation).
/// </summary>
/// <param name="Format">"JPEG", "PNG", "HEIC", "AVIF", "WebP", "GIF" or "BMP"; null when the file is not a picture LifeStory can read.</param>
/// <param name="Problem">What is wrong, in plain words, naming the file; null when nothing is.</param>
/// <param name="Fix">How to put it right; null when nothing is wrong.</param>
public sealed record PictureReport(bool Usable, int Width, int Height, string? Format, string? Problem, string? Fix);
