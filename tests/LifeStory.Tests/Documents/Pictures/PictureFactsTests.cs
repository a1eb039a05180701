using LifeStory.Documents.Pictures;
using SkiaSharp;

namespace LifeStory.Tests.Documents.Pictures;

/// <summary>
/// What checking and trimming a picture found is kept in the case's cache, trusted only while the file is
/// unchanged, and a damaged store is simply learnt again.
/// </summary>
public sealed class PictureFactsTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Cache => Path.Combine(_folder.Path, "cache");

    private static byte[] Jpeg(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(SKColors.SkyBlue);
        using var data = bitmap.Encode(SKEncodedImageFormat.Jpeg, 80);
        return data.ToArray();
    }

    [Fact]
    public void Given_a_checked_picture_Then_its_verdict_is_remembered_on_disk_until_the_file_changes()
    {
        var path = _folder.Write("a.jpg", Jpeg(64, 48));
        var first = PictureInspector.Inspect(path, "photos/a.jpg", cacheFolder: Cache);
        Assert.True(first.Usable);
        var store = Path.Combine(Cache, "facts.jsonl");
        Assert.Contains("photos/a.jpg", File.ReadAllText(store), StringComparison.Ordinal);

        // Cut short while copying: a different length, so the remembered verdict no longer applies.
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
        var second = PictureInspector.Inspect(path, "photos/a.jpg", cacheFolder: Cache);
        Assert.False(second.Usable);
        Assert.Contains("cut short", second.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_checked_picture_Then_the_store_names_it_relative_to_the_case_never_by_its_full_path()
    {
        var path = _folder.Write("a.jpg", Jpeg(64, 48));
        PictureInspector.Inspect(path, "photos/a.jpg", cacheFolder: Cache);

        var store = File.ReadAllText(Path.Combine(Cache, "facts.jsonl"));

        Assert.DoesNotContain(_folder.Path, store, StringComparison.Ordinal);
        Assert.Contains("\"Path\":\"../a.jpg\"", store, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_remembered_verdict_Then_it_is_used_without_opening_the_picture()
    {
        var path = _folder.Write("b.jpg", Jpeg(64, 48));
        var facts = PictureFacts.In(Cache);
        var remembered = new PictureReport(true, 4000, 3000, "JPEG", null, null);
        facts.Put($"check2|100000000|photos/b.jpg", path, System.Text.Json.JsonSerializer.Serialize(remembered));

        // The file is really 64 × 48: only the remembered verdict says 4000 × 3000.
        Assert.Equal(remembered, PictureInspector.Inspect(path, "photos/b.jpg", cacheFolder: Cache));
    }

    [Fact]
    public void Given_a_verdict_remembered_before_heic_was_read_Then_it_is_checked_again()
    {
        var path = _folder.Write("IMG_0001.heic", TestResources.IPhonePhoto());
        var facts = PictureFacts.In(Cache);
        var old = new PictureReport(false, 0, 0, null, "'photos/IMG_0001.heic' is an iPhone HEIC photo, which LifeStory cannot read yet.", "Convert it.");
        facts.Put($"check|100000000|photos/IMG_0001.heic", path, System.Text.Json.JsonSerializer.Serialize(old));

        Assert.Equal(new PictureReport(true, 300, 400, "HEIC", null, null), PictureInspector.Inspect(path, "photos/IMG_0001.heic", cacheFolder: Cache));
    }

    [Fact]
    public void Given_a_damaged_store_Then_every_line_that_cannot_be_read_is_learnt_again()
    {
        Directory.CreateDirectory(Cache + "-torn");
        File.WriteAllText(Path.Combine(Cache + "-torn", "facts.jsonl"), "{\"Kind\":\"trim\",\"Pa\n not json at all\n");
        var path = _folder.Write("c.jpg", Jpeg(40, 30));
        var report = PictureInspector.Inspect(path, "photos/c.jpg", cacheFolder: Cache + "-torn");
        Assert.Equal((true, 40, 30), (report.Usable, report.Width, report.Height));
    }

    [Fact]
    public void Given_a_scan_with_margins_Then_the_trim_is_found_once_and_the_same_box_comes_back_from_the_store()
    {
        using var bitmap = new SKBitmap(400, 300);
        bitmap.Erase(SKColors.White);
        using (var canvas = new SKCanvas(bitmap))
        using (var ink = new SKPaint { Color = SKColors.DarkBlue })
            canvas.DrawRect(new SKRect(100, 60, 300, 240), ink);
        using var png = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        _folder.Write("scan.png", png.ToArray());

        SKRect first, second;
        using (var source = FolderPictureSource.Under(_folder.Path, Cache)) first = source.TrimBox("scan.png");
        Assert.True(first.Left is > 0.2f and < 0.25f && first.Right is > 0.75f and < 0.8f, first.ToString());
        Assert.Contains("\"trim2\"", File.ReadAllText(Path.Combine(Cache, "facts.jsonl")), StringComparison.Ordinal);
        using (var again = FolderPictureSource.Under(_folder.Path, Cache)) second = again.TrimBox("scan.png");
        Assert.Equal(first, second);
    }
}
