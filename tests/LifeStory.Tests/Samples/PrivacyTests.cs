using System.Text;
using LifeStory.Pipeline;
using LifeStory.Tests.Support;

namespace LifeStory.Tests.Samples;

/// <summary>What must never reach a printed page: photo metadata, and what the child's version must not show.</summary>
public sealed class PrivacyTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Theory]
    [InlineData("maisie", "Kelly Clarke")]
    [InlineData("yusuf", "Margaret Evans")]
    public void Given_photos_with_GPS_owner_and_comments_When_the_book_is_made_Then_no_photo_metadata_is_in_the_PDF(string child, string photographer)
    {
        // The sample photos carry EXIF (Artist, GPS position, camera) and a JPEG comment naming the owner.
        var photos = Directory.GetFiles(Path.Combine(Repo.Sample(child), "photos"));
        Assert.Contains(photos, p => Encoding.Latin1.GetString(File.ReadAllBytes(p)).Contains(photographer, StringComparison.Ordinal));

        using var temp = new TempFolder();
        var result = CasePipeline.Run(new RunRequest(Product.Book, Repo.Sample(child), Today, temp.File("book.pdf")));
        Assert.True(result.Succeeded);
        var bytes = Encoding.Latin1.GetString(File.ReadAllBytes(temp.File("book.pdf")));
        Assert.DoesNotContain("Exif", bytes, StringComparison.Ordinal);
        Assert.DoesNotContain("Owner:", bytes, StringComparison.Ordinal);
        Assert.DoesNotContain(photographer, bytes, StringComparison.Ordinal);
        Assert.Contains("/DCTDecode", bytes, StringComparison.Ordinal);

        // And each embedded picture, read as a file of its own, has no EXIF, GPS, XMP or comment left.
        using var document = UglyToad.PdfPig.PdfDocument.Open(temp.File("book.pdf"));
        // Photos are stored as JPEG files inside the PDF; drawings as raw pixels, which carry no metadata at all.
        var jpegs = document.GetPages().SelectMany(p => p.GetImages()).Select(i => i.RawBytes.ToArray())
            .Where(b => b.Length > 2 && b[0] == 0xFF && b[1] == 0xD8).ToList();
        Assert.NotEmpty(jpegs);
        foreach (var jpeg in jpegs)
        {
            var directories = MetadataExtractor.ImageMetadataReader.ReadMetadata(new MemoryStream(jpeg));
            var names = directories.Select(d => d.Name).ToList();
            Assert.DoesNotContain(names, n => n.StartsWith("Exif", StringComparison.Ordinal) || n is "GPS" or "XMP" or "JpegComment" or "IPTC");
        }
    }

    [Fact]
    public void Given_a_book_When_made_Then_each_photo_in_the_PDF_is_the_jpeg_libvips_wrote_byte_for_byte()
    {
        using var temp = new TempFolder();
        var folder = temp.CopyOf(Repo.Sample("maisie"));
        Assert.True(CasePipeline.Run(new RunRequest(Product.Book, folder, Today, temp.File("book.pdf"))).Succeeded);

        // The picture cache holds what libvips wrote: each entry is a SHA-256 and then the bytes.
        var written = Directory.GetFiles(Path.Combine(folder, ".lifestory-cache"), "*.picture", SearchOption.AllDirectories)
            .Select(f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f).AsSpan(32)))).ToHashSet();
        using var document = UglyToad.PdfPig.PdfDocument.Open(temp.File("book.pdf"));
        var jpegs = document.GetPages().SelectMany(p => p.GetImages()).Select(i => i.RawBytes.ToArray())
            .Where(b => b.Length > 2 && b[0] == 0xFF && b[1] == 0xD8).ToList();

        Assert.True(jpegs.Count >= 10, $"Only {jpegs.Count} JPEGs in the book.");
        Assert.All(jpegs, jpeg => Assert.Contains(Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(jpeg)), written));
    }

    [Fact]
    public void Given_the_childs_legal_name_When_the_book_is_made_Then_only_the_preferred_name_is_used()
    {
        using var temp = new TempFolder();
        CasePipeline.Run(new RunRequest(Product.Book, Repo.Sample("yusuf"), Today, temp.File("book.pdf")));
        var text = string.Join("\n", PdfText.Pages(temp.File("book.pdf")));
        Assert.Contains("Yusuf", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Yusuf Ibrahim Haddad", text, StringComparison.Ordinal);
    }
}
