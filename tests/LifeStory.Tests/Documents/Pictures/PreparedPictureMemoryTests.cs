using LifeStory.Documents.Pictures;
using SkiaSharp;

namespace LifeStory.Tests.Documents.Pictures;

/// <summary>
/// Prepared pictures kept in the process across runs, as a server makes each version from a fresh temporary folder:
/// the same bytes in another folder are not decoded again, an edited photo is, and nothing is written to disk.
/// </summary>
public sealed class PreparedPictureMemoryTests : IDisposable
{
    private static readonly SKRect Whole = new(0, 0, 1, 1);
    private readonly TempFolder _first = new();
    private readonly TempFolder _second = new();

    public PreparedPictureMemoryTests()
    {
        _first.Write("photos/plain.jpg", TestImages.QuadrantJpeg(400, 200));
        _second.Write("photos/plain.jpg", TestImages.QuadrantJpeg(400, 200));
    }

    public void Dispose()
    {
        _first.Dispose();
        _second.Dispose();
    }

    [Fact]
    public void Given_a_picture_prepared_in_one_folder_When_the_same_bytes_are_prepared_from_another_Then_nothing_is_decoded_and_the_bytes_are_identical()
    {
        var memory = new PreparedPictureMemory(1 << 20);

        var (cold, coldDecodes) = Prepare(_first, memory);
        var (warm, warmDecodes) = Prepare(_second, memory);

        Assert.Equal((1, 0), (coldDecodes, warmDecodes));
        Assert.Equal(cold, warm);
        Assert.Equal(cold.Length, memory.Bytes);
        Assert.False(Directory.Exists(Path.Combine(_second.Path, ".lifestory-cache")));
    }

    [Fact]
    public void Given_a_photo_changed_between_versions_When_prepared_Then_it_is_decoded_again()
    {
        var memory = new PreparedPictureMemory(1 << 20);
        Prepare(_first, memory);
        _second.Write("photos/plain.jpg", TestImages.QuadrantJpeg(200, 200));

        var (_, decodes) = Prepare(_second, memory);

        Assert.Equal(1, decodes);
    }

    [Fact]
    public void Given_more_than_it_may_hold_When_pictures_are_kept_Then_the_oldest_are_forgotten_first()
    {
        var memory = new PreparedPictureMemory(100);

        memory.Put("a", new byte[60]);
        memory.Put("b", new byte[30]);
        memory.Put("c", new byte[30]);

        Assert.Null(memory.TryGet("a"));
        Assert.NotNull(memory.TryGet("b"));
        Assert.NotNull(memory.TryGet("c"));
        Assert.Equal(60, memory.Bytes);
    }

    private static (byte[] Bytes, int Decodes) Prepare(TempFolder folder, PreparedPictureMemory memory)
    {
        var root = Path.GetFullPath(folder.Path);
        using var source = new FolderPictureSource(s => Path.Combine(root, s), memory: memory);
        using var image = source.Prepare("photos/plain.jpg", 100, 50, Whole);
        return (image.EncodedData.ToArray(), source.Decodes);
    }
}
