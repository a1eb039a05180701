namespace LifeStory.SampleArt.Jpeg;

/// <summary>The TIFF field types EXIF uses here, with their TIFF type numbers.</summary>
public enum TiffType : ushort
{
    Byte = 1,
    Ascii = 2,
    Short = 3,
    Long = 4,
    Rational = 5,
    Undefined = 7,
}
