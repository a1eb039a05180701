using LifeStory.Documents.Pictures;
using SkiaSharp;

namespace LifeStory.Tests.Documents.Pictures;

public sealed class PictureCacheTests : IDisposable
{
    private static readonly SKRect Whole = new(0, 0, 1, 1);
    private readonly TempFolder _folder = new();

    public PictureCacheTests()
    {
        _folder.Write("photos/plain.jpg", TestImages.QuadrantJpeg(400, 200));
        _folder.Write("photos/clear.png", TestImages.Png(60, 40, SKColors.Transparent));
    }

    private string CacheFolder => Path.Combine(_folder.Path, ".lifestory-cache", "pictures");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Given_a_filled_cache_When_a_second_run_prepares_the_same_pictures_Then_nothing_is_decoded_and_the_bytes_are_identical()
    {
        var first = PrepareAll(out var coldDecodes);
        var second = PrepareAll(out var warmDecodes);

        Assert.Equal(3, coldDecodes);
        Assert.Equal(0, warmDecodes);
        Assert.Equal(first, second);
    }

    [Fact]
    public void Given_a_corrupt_cache_entry_When_prepared_Then_it_is_ignored_and_rebuilt()
    {
        var first = PrepareAll(out _);
        var entries = Directory.GetFiles(CacheFolder, "*.picture", SearchOption.AllDirectories);
        Assert.Equal(3, entries.Length);
        var victim = entries[0];
        var bytes = File.ReadAllBytes(victim);
        bytes[^10] ^= 0x55;
        File.WriteAllBytes(victim, bytes);
        File.WriteAllBytes(entries[1], [1, 2, 3]);

        var second = PrepareAll(out var decodes);
        var third = PrepareAll(out var afterRebuild);

        Assert.Equal(2, decodes);
        Assert.Equal(0, afterRebuild);
        Assert.Equal(first, second);
        Assert.Equal(first, third);
    }

    [Fact]
    public void Given_a_changed_picture_When_prepared_again_Then_the_cache_misses()
    {
        PrepareAll(out _);
        _folder.Write("photos/plain.jpg", TestImages.QuadrantJpeg(200, 400));
        File.SetLastWriteTimeUtc(Path.Combine(_folder.Path, "photos/plain.jpg"), DateTime.UtcNow.AddMinutes(1));

        PrepareAll(out var decodes);

        Assert.Equal(2, decodes);
    }

    [Fact]
    public void Given_a_cache_When_written_Then_its_files_stay_inside_the_cache_folder_and_no_temporary_file_is_left()
    {
        PrepareAll(out _);

        Assert.True(File.Exists(Path.Combine(CacheFolder, "facts.jsonl")));
        Assert.Empty(Directory.GetFiles(CacheFolder, "*.tmp", SearchOption.AllDirectories));
        Assert.Equal(["clear.png", "plain.jpg"], Directory.GetFiles(Path.Combine(_folder.Path, "photos")).Select(Path.GetFileName).Order());
    }

    /// <summary>Three requests (two sizes of one photo, one transparent PNG) through a fresh source sharing the cache folder.</summary>
    private List<byte[]> PrepareAll(out int decodes)
    {
        using var source = FolderPictureSource.Under(_folder.Path, CacheFolder);
        var images = new[]
        {
            source.Prepare("photos/plain.jpg", 100, 50, Whole),
            source.Prepare("photos/plain.jpg", 40, 40, new SKRect(0.25f, 0, 0.75f, 1)),
            source.Prepare("photos/clear.png", 30, 20, Whole),
        };
        decodes = source.Decodes;
        return [.. images.Select(i => i.EncodedData.ToArray())];
    }
}
