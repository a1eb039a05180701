namespace LifeStory.SampleArt.Catalog;

/// <summary>Make and model pairs as phones write them, so the samples look like ordinary phone photos.</summary>
public static class Phones
{
    public static readonly (string Make, string Model) Samsung = ("samsung", "SM-A145R");
    public static readonly (string Make, string Model) IPhone = ("Apple", "iPhone 12");
    public static readonly (string Make, string Model) Pixel = ("Google", "Pixel 7a");
}
