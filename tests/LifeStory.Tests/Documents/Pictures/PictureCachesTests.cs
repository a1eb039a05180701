using LifeStory.Documents.Pictures;
using LifeStory.Tests.Support;
using SkiaSharp;

namespace LifeStory.Tests.Documents.Pictures;

/// <summary>A server that makes every document from a temporary folder can make the engine forget that folder.</summary>
public sealed class PictureCachesTests
{
    [Fact]
    public void Given_a_folder_whose_pictures_were_checked_When_it_is_forgotten_Then_nothing_about_it_is_remembered()
    {
        using var temp = new LifeStory.Tests.Support.TempFolder();
        var photo = temp.File("photo.png");
        File.WriteAllBytes(photo, TestImages.Png(64, 48, SKColors.Teal));
        var cache = temp.File(".lifestory-cache");
        var store = PictureFacts.In(cache);
        Assert.True(PictureInspector.Inspect(photo, "photo.png", cacheFolder: cache).Usable);
        var prefix = Path.GetFullPath(temp.Path) + Path.DirectorySeparatorChar;
        Assert.Equal(1, PictureInspector.RememberedUnder(prefix));

        PictureCaches.ForgetFolder(temp.Path);

        Assert.Equal(0, PictureInspector.RememberedUnder(prefix));
        Assert.NotSame(store, PictureFacts.In(cache));
    }
}
