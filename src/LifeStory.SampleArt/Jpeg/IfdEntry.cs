namespace LifeStory.SampleArt.Jpeg;

/// <summary>One 12-byte TIFF directory entry. <see cref="Child"/> is set for pointers to another directory.</summary>
public sealed record IfdEntry(ushort Tag, TiffType Type, uint Count, byte[] Data, Ifd? Child = null);
