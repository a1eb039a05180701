namespace LifeStory.Tests.Documents.Pictures;

/// <summary>Picture files embedded in the test assembly.</summary>
internal static class TestResources
{
    /// <summary>
    /// A HEIC photo as an iPhone held upright writes one: 300 × 400 upright (red, green / blue, yellow quarters), stored
    /// 400 × 300 on its side with an irot rotation, EXIF Orientation 6, the photographer and a GPS position. Made by
    /// src/LifeStory.SampleArt (<c>iphone-heic</c>; see its IPhonePhoto).
    /// </summary>
    public static byte[] IPhonePhoto()
    {
        using var stream = typeof(TestResources).Assembly.GetManifestResourceStream("IPhonePhoto.heic")!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
